package org.edhub.core.program;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year written {@code YYYY-YYYY}, the second year being the first plus one. */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public static boolean isValid(String text) {
        return tryParse(text) != null;
    }

    public static SchoolYear parse(String text) {
        SchoolYear year = tryParse(text);
        if (year == null) {
            throw new IllegalArgumentException("'" + text + "' is not a school year: write it as YYYY-YYYY, e.g. 2025-2026");
        }
        return year;
    }

    private static SchoolYear tryParse(String text) {
        if (text == null) return null;
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) return null;
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == start + 1 ? new SchoolYear(start) : null;
    }

    /** The school year a day falls in: from July 1 to June 30. */
    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    public int endYear() {
        return startYear + 1;
    }

    /** July 1 of the start year (Kentucky's school year start). */
    public LocalDate july1() {
        return LocalDate.of(startYear, 7, 1);
    }

    /** June 30 of the end year. */
    public LocalDate june30() {
        return LocalDate.of(endYear(), 6, 30);
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + endYear();
    }
}
