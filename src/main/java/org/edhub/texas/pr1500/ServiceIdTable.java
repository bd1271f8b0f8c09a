package org.edhub.texas.pr1500;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rule 4's table ({@code mappings/tx/service-ids.csv}): a service ID, exact or a prefix pattern ({@code 0310*}, or a
 * C022 code ending in {@code XXX}), to an assignment and a level. An exact code wins over a pattern, a longer
 * pattern over a shorter one.
 */
public final class ServiceIdTable {
    /** One row of the table. */
    public record Mapping(String pattern, Assignment assignment, ServiceLevel level) {
    }

    /** A code of TEA's C022 table that could not be placed: no level in its heading or no row for its subject block. */
    public record Unplaced(long line, String code, String translation, String heading, String why) {
    }

    private final Map<String, Mapping> exact = new HashMap<>();
    private final TreeMap<String, Mapping> prefixes = new TreeMap<>();
    private final List<Unplaced> unplaced = new ArrayList<>();

    public static ServiceIdTable read(InputStream in, String name) {
        ServiceIdTable table = new ServiceIdTable();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(reader)) {
                Assignment assignment = Assignment.ofLabel(r.get("assignment"));
                String levelText = r.get("level").strip().toUpperCase(Locale.ROOT);
                long line = r.getParser().getCurrentLineNumber();
                if (assignment == null) {
                    throw Pr1500Rule.badMappingRow(name, line, "assignment", r.get("assignment"), "unknown assignment");
                }
                if (!levelText.equals("ELEM") && !levelText.equals("SEC") && !levelText.equals("BOTH")) {
                    throw Pr1500Rule.badMappingRow(name, line, "level", r.get("level"), "unknown level (ELEM, SEC or BOTH)");
                }
                table.add(r.get("service_id"), assignment, ServiceLevel.valueOf(levelText));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return table;
    }

    /**
     * The table built from TEA's C022 table ({@code code, translation, section heading}; a first row that does not
     * start with a code is a header): it replaces the codes and patterns of {@code families}. Each code takes its level
     * from its section heading ({@link #levelOfHeading}) and its assignment from the row of {@code families} that
     * covers it (its own code or its subject block's pattern); a heading that names no grades (the non-course SA, SE,
     * SR, SS codes) leaves the level of that row. A code neither places is {@link #unplaced()}: it counts under Other.
     */
    public static ServiceIdTable fromC022(InputStream in, String name, ServiceIdTable families) {
        ServiceIdTable table = new ServiceIdTable();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (CSVRecord r : format.parse(reader)) {
                String code = r.get(0).strip().toUpperCase(Locale.ROOT);
                if (!code.isEmpty() && code.charAt(0) == '\uFEFF') code = code.substring(1);
                boolean header = first && !isCode(code);
                first = false;
                if (header || code.isEmpty() || code.startsWith("#")) continue;
                long line = r.getParser().getCurrentLineNumber();
                String translation = r.size() > 1 ? r.get(1) : "";
                String heading = r.size() > 2 ? r.get(2) : "";
                Mapping family = families.lookup(code);
                ServiceLevel level = levelOfHeading(heading);
                if (family == null) {
                    table.unplaced.add(new Unplaced(line, code, translation, heading,
                            "no row of the service-ID table covers its subject block " + code.substring(0, Math.min(4, code.length()))));
                } else if (level == null && family.pattern().endsWith("*")) {
                    table.unplaced.add(new Unplaced(line, code, translation, heading,
                            "its section heading names no grades"));
                } else {
                    table.add(code, family.assignment(), level == null ? family.level() : level);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return table;
    }

    private static boolean isCode(String text) {
        if (text.length() != 8) return false;
        for (int i = 0; i < 8; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) return false;
        }
        return text.chars().anyMatch(Character::isDigit);
    }

    /**
     * The level a C022 section heading gives: {@code Grades PK - 6, Elementary} (grades up to 6) ELEM, {@code Grades
     * 6 - 8} and {@code Grades 9 - 12} (from grade 6) SEC, a span across both (e.g. {@code Grades PK - 12}) BOTH; null
     * for a heading that names no grade span.
     */
    public static ServiceLevel levelOfHeading(String heading) {
        if (heading == null) return null;
        String h = heading.toUpperCase(Locale.ROOT);
        int at = h.indexOf("GRADES");
        if (at < 0) return null;
        String span = h.substring(at + "GRADES".length());
        int comma = span.indexOf(',');
        if (comma >= 0) span = span.substring(0, comma);
        int dash = span.indexOf('-');
        if (dash < 0) dash = span.indexOf('\u2013');
        if (dash < 0) return null;
        Integer from = grade(span.substring(0, dash));
        Integer to = grade(span.substring(dash + 1));
        if (from == null || to == null || from > to) return null;
        if (to <= 6) return ServiceLevel.ELEM;
        if (from >= 6) return ServiceLevel.SEC;
        return ServiceLevel.BOTH;
    }

    private static Integer grade(String text) {
        String t = text.strip();
        switch (t) {
            case "EE": return Grades.EE;
            case "EC", "PK": return Grades.PK;
            case "K", "KG": return Grades.KG;
            default:
                if (t.isEmpty() || t.length() > 2) return null;
                for (int i = 0; i < t.length(); i++) {
                    if (t.charAt(i) < '0' || t.charAt(i) > '9') return null;
                }
                int g = Integer.parseInt(t);
                return g <= 12 ? g : null;
        }
    }

    /** The C022 codes {@link #fromC022} could not place, in the order of the file. */
    public List<Unplaced> unplaced() {
        return List.copyOf(unplaced);
    }

    public ServiceIdTable add(String pattern, Assignment assignment, ServiceLevel level) {
        String p = pattern.strip().toUpperCase(Locale.ROOT);
        Mapping m = new Mapping(p, assignment, level);
        if (p.endsWith("*")) prefixes.put(p.substring(0, p.length() - 1), m);
        else if (p.length() == 8 && p.endsWith("XXX")) prefixes.put(p.substring(0, 5), m);
        else exact.put(p, m);
        return this;
    }

    /** The mapping of a service ID, or null when no row covers it. */
    public Mapping lookup(String serviceId) {
        if (serviceId == null) return null;
        // Decision: codes are trimmed and upper-cased before lookup (strip and toUpperCase return the same string
        // when there is nothing to change)
        String id = serviceId.strip().toUpperCase(Locale.ROOT);
        Mapping m = exact.get(id);
        if (m != null) return m;
        for (int len = id.length(); len > 0; len--) {
            m = prefixes.get(id.substring(0, len));
            if (m != null) return m;
        }
        return null;
    }

    public int size() {
        return exact.size() + prefixes.size();
    }
}
