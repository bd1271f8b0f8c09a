package org.edhub.kentucky.web;

import org.edhub.kentucky.ResultTable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.edhub.core.table.Row;

/**
 * What a coordinator narrowed a LEAD table to: a school number, a category and a kind of result (each blank for
 * all). Clicking a chart slice sets one of them; clicking the selected slice again clears it.
 */
public record LeadFilter(String school, String category, String result) {

    public LeadFilter {
        school = blankToNull(school);
        category = blankToNull(category);
        result = blankToNull(result);
    }

    public boolean test(Row row) {
        return matchesSchool(row) && matchesCategory(row) && matchesResult(row);
    }

    boolean matchesSchool(Row row) {
        return school == null || school.equals(row.get(ResultTable.SCHOOL_NUMBER));
    }

    boolean matchesCategory(Row row) {
        return category == null || category.equalsIgnoreCase(row.get(ResultTable.CATEGORY));
    }

    boolean matchesResult(Row row) {
        return result == null || result.equals(ResultKind.of(row.get(ResultTable.RESULT)));
    }

    /** This filter with the category toggled: set to {@code c}, or cleared when it already is {@code c}. */
    public LeadFilter toggleCategory(String c) {
        return new LeadFilter(school, c.equals(category) ? null : c, result);
    }

    public LeadFilter toggleResult(String r) {
        return new LeadFilter(school, category, r.equals(result) ? null : r);
    }

    public boolean isEmpty() {
        return school == null && category == null && result == null;
    }

    /** The filter as a query string, {@code ?school=...&category=...}, or empty. */
    public String query() {
        Map<String, String> p = new LinkedHashMap<>();
        if (school != null) p.put("school", school);
        if (category != null) p.put("category", category);
        if (result != null) p.put("result", result);
        if (p.isEmpty()) return "";
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
