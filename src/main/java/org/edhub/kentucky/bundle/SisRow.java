package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.edhub.core.text.Digits;
import org.edhub.core.issue.IssueSink;

/**
 * One data row of a bundle file, read by column name. A bad value is reported with its file, row, field and value,
 * and read as blank (a flag as N); a missing key makes the row unusable, so it is left out.
 */
public final class SisRow {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final String file;
    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final IssueSink issues;
    private boolean usable = true;

    SisRow(String file, CSVRecord record, Map<String, Integer> columns, IssueSink issues) {
        this.file = file;
        this.record = record;
        this.columns = columns;
        this.issues = issues;
    }

    public long number() {
        return record.getRecordNumber();
    }

    public boolean usable() {
        return usable;
    }

    /** The value as written, or null when blank. */
    public String raw(String column) {
        String value = record.get(columns.get(column));
        return value.isBlank() ? null : value;
    }

    /** The value without surrounding spaces, or null when blank. */
    public String text(String column) {
        String value = raw(column);
        return value == null ? null : value.strip();
    }

    /** An identifier: kept as written (leading zeros and all); surrounding spaces are reported, never trimmed. */
    public String id(String column) {
        String value = raw(column);
        if (value != null && !value.equals(value.strip())) {
            report(SisRule.ID_SPACES, column, value, "'" + value + "' has leading or trailing spaces");
        }
        return value;
    }

    /** A required identifier: a blank one makes the row unusable. */
    public String key(String column) {
        String value = id(column);
        if (value == null) {
            report(SisRule.MISSING_KEY, column, "", column + " is blank: the row cannot be linked to anything");
            usable = false;
        }
        return value;
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) return null;
        LocalDate iso = isoDate(value);
        if (iso != null) return iso;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        report(SisRule.BAD_DATE, column, value, "'" + value + "' is not a date YYYY-MM-DD or MM/DD/YYYY");
        return null;
    }

    /**
     * The date of a plain {@code YYYY-MM-DD} (ten characters, digits and two hyphens) that is a real date, without a
     * formatter: what the first of {@link #DATES} gives for it; null for anything else, left to the formatters.
     */
    static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') return null;
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        return LocalDate.of(year, month, day);
    }

    /** The value of the digits from {@code from} to {@code to}, or -1 when one is not an ASCII digit. */
    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + c - '0';
        }
        return n;
    }

    /** Y or N; blank is N. */
    public boolean flag(String column) {
        String value = text(column);
        if (value == null || value.equalsIgnoreCase("N")) return false;
        if (value.equalsIgnoreCase("Y")) return true;
        report(SisRule.BAD_FLAG, column, value, "'" + value + "' is not a flag Y or N");
        return false;
    }

    public String grade(String column) {
        String value = text(column);
        if (value == null) return null;
        String code = value.toUpperCase(Locale.ROOT);
        if (Grades.isGrade(code)) return code;
        report(SisRule.BAD_GRADE, column, value, "'" + value + "' is not a grade code PK, KG, 01-12 or 14");
        return null;
    }

    /** The text of a column the layout does not require: null when blank or when the header lacks the column. */
    public String optionalText(String column) {
        return columns.containsKey(column) ? text(column) : null;
    }

    /** A whole number of zero or more (years, counts); anything else is reported and read as blank. */
    public Integer count(String column) {
        return count(column, text(column));
    }

    /** {@link #count(String)} of a column the layout does not require. */
    public Integer optionalCount(String column) {
        return count(column, optionalText(column));
    }

    private Integer count(String column, String value) {
        if (value == null) return null;
        if (Digits.only(value, 1, 4)) return Integer.valueOf(value);
        report(SisRule.BAD_NUMBER, column, value, "'" + value + "' is not a whole number");
        return null;
    }

    /**
     * A grade bound of a KECS permission: null for {@code All Grades}, else a grade code; the ordinals of the KECS
     * screens ({@code 8th}, {@code 12th}) are read as {@code 08} and {@code 12}.
     */
    public String gradeOrAll(String column) {
        String value = text(column);
        if (value == null || value.equalsIgnoreCase("All Grades")) return null;
        String code = value.toUpperCase(Locale.ROOT).replaceFirst("^(\\d{1,2})(ST|ND|RD|TH)$", "$1");
        if (Digits.only(code, 1, 1)) code = "0" + code;
        if (Grades.isGrade(code)) return code;
        report(SisRule.BAD_GRADE, column, value, "'" + value + "' is not a grade code PK, KG, 01-12 or 14, nor All Grades");
        return null;
    }

    /** One of a few codes (upper case); anything else is reported and read as blank. */
    public String code(String column, Set<String> allowed) {
        String value = text(column);
        if (value == null) return null;
        String code = value.toUpperCase(Locale.ROOT);
        if (allowed.contains(code)) return code;
        report(SisRule.BAD_CODE, column, value, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        return null;
    }

    private void report(SisRule rule, String column, String value, String message) {
        issues.report(rule.issue(file + " row " + number() + ": " + message).at(file, number()).field(column, value));
    }
}
