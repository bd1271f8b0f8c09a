package org.edhub.kentucky.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The LEAD validation categories (seed 000): Clear, Error, Out of Field, in that order, with their colours. */
public final class Categories {
    public static final List<String> KNOWN = List.of("Clear", "Error", "Out of Field");
    private static final Map<String, String> COLORS = Map.of("clear", "#2e7d32", "error", "#c62828", "out of field", "#ef6c00");

    private Categories() {
    }

    /** The known categories first, then any other the file holds, each with its count (zero included). */
    public static Map<String, Integer> ordered(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        KNOWN.forEach(k -> out.put(k, 0));
        counts.forEach((k, v) -> out.merge(canonical(k), v, Integer::sum));
        return out;
    }

    /** {@code out of field} is written {@code Out of Field}; an unknown category is kept as written. */
    public static String canonical(String category) {
        return KNOWN.stream().filter(k -> k.equalsIgnoreCase(category.strip())).findFirst().orElse(category.strip());
    }

    public static String color(String category) {
        return COLORS.get(category.toLowerCase(Locale.ROOT));
    }

    /** A CSS class for a category: {@code cat-out-of-field}. */
    public static String cssClass(String category) {
        return "cat-" + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    public static List<String> options(Map<String, Integer> ordered) {
        return new ArrayList<>(ordered.keySet());
    }
}
