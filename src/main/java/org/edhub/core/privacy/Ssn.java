package org.edhub.core.privacy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking of Social Security numbers (hub.md, privacy): every writer passes what it writes through
 * {@link #mask}, and an SSN in any of the forms districts send is written as {@code ***-**-6789}, its last four
 * digits. Nine digits alone are also a campus ID ({@code 099902101}) and ten a TX Unique Staff ID, so what is masked
 * depends on where the text stands:
 * <ul>
 * <li>in an <b>SSN position</b> (a field or column named for an SSN, e.g. the ECOS identifier column or TSDS
 * {@code StaffIdentificationCode/ID}, or for a TX Unique Staff ID, where an SSN lands by mistake): any writing of 7 to 9
 * digits, plain or with dashes, spaces or dots, with a spreadsheet's {@code .0} or as {@code 1.23456789E8}; a
 * 10-digit TX Unique Staff ID stays readable;</li>
 * <li>anywhere else (messages, other cells, mail, logs): the writings that are an SSN whatever the context,
 * {@code 123-45-6789}, {@code 123 45 6789}, {@code 123.45.6789} (any mix of the three), nine digits followed by a
 * spreadsheet's {@code .0}, and 7 to 9 digits right after the word SSN or "social security". Nine digits alone stay
 * readable: a campus ID must be.</li>
 * </ul>
 * Code that puts an identifier into a message masks it as a value of {@link #FIELD} first.
 */
public final class Ssn {
    /** The field of a staff identifier that may be an SSN (the ECOS file's first column). */
    public static final String FIELD = "SSN or TX Unique ID";
    private static final String MASK = "***-**-";
    private static final Pattern SEPARATED = Pattern.compile("(?<!\\d)\\d{3}[-. ]\\d{2}[-. ](\\d{4})(?!\\d)");
    private static final Pattern SPREADSHEET = Pattern.compile("(?<![\\d.])\\d{5}(\\d{4})\\.0+(?![\\d.])");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(ssn|social security(?: number)?)(\\W{1,3})\\d{3,5}(\\d{4})(?!\\d)");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d.])\\d{3,5}(\\d{4})(?:\\.0+)?(?![\\d.])");
    private static final Pattern SSN_NAMES = Pattern.compile("\\b(ssn|social security|staffidentificationcode)\\b");
    private static final Pattern STAFF_ID_NAMES = Pattern.compile("\\b(tx unique|staffuniquestateid)\\b");
    private static final Pattern EXPONENT = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d{1,2}");
    /** Whether a field is an SSN position, by its name: a report asks for the same few columns row after row. */
    private static final Map<String, Boolean> POSITIONS = new ConcurrentHashMap<>();
    private static final int POSITIONS_KEPT = 1000;

    private Ssn() {
    }

    /**
     * The value as it may be written under {@code field} (a field or column name; null for free text): every SSN in it
     * masked to its last four digits.
     */
    public static String mask(String field, String value) {
        return mask(isSsnPosition(field), value);
    }

    /**
     * The masking of the values of one field or column, whether it is an SSN position decided once: a report masks
     * the same columns row after row.
     */
    public static UnaryOperator<String> maskingOf(String field) {
        boolean position = isSsnPosition(field);
        return value -> mask(position, value);
    }

    /**
     * The masking of a report's columns by their header, each decided once ({@link #maskingOf}); a cell beyond the
     * header is masked as free text.
     */
    public static final class Columns {
        private static final UnaryOperator<String> FREE_TEXT = maskingOf(null);
        private final List<UnaryOperator<String>> columns;

        public Columns(List<String> header) {
            this.columns = header.stream().map(Ssn::maskingOf).toList();
        }

        /** The value as it may be written in column {@code column} (0-based). */
        public String mask(int column, String value) {
            return (column >= 0 && column < columns.size() ? columns.get(column) : FREE_TEXT).apply(value);
        }
    }

    private static String mask(boolean position, String value) {
        if (value == null || value.length() < 7) return value;
        if (!position) return mayHoldOne(value) && digits(value) >= 7 ? text(value) : value;
        if (digits(value) < 7) return value;
        String whole = identifier(value.strip());
        return whole != null ? whole : replace(DIGIT_RUN, text(value), 1);
    }

    /** Whether a field or column is named for an SSN (the dashboard leaves such a column out). */
    public static boolean namesAnSsn(String field) {
        return field != null && SSN_NAMES.matcher(normal(field)).find();
    }

    private static boolean isSsnPosition(String field) {
        if (field == null) return false;
        Boolean known = POSITIONS.get(field);
        if (known != null) return known;
        boolean position = namesAnSsn(field) || STAFF_ID_NAMES.matcher(normal(field)).find();
        if (POSITIONS.size() < POSITIONS_KEPT) POSITIONS.put(field, position);
        return position;
    }

    /** A value in SSN position that is one identifier: masked, the same when it is a TX Unique Staff ID, else null. */
    private static String identifier(String id) {
        boolean exponent = (id.indexOf('E') > 0 || id.indexOf('e') > 0) && EXPONENT.matcher(id).matches();
        String value = exponent ? plain(id) : id;
        if (value == null) return null;
        int end = value.length();
        int dot = value.lastIndexOf('.');
        if (dot > 0 && dot < end - 1 && value.substring(dot + 1).chars().allMatch(c -> c == '0')) end = dot;
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c != '-' && c != ' ' && c != '.') return null;
        }
        if (digits.length() >= 7 && digits.length() <= 9) return MASK + digits.substring(digits.length() - 4);
        return digits.length() == 10 && end == value.length() && digits.length() == end ? id : null;
    }

    /** {@code 1.23456789E8}, as a spreadsheet writes a number, in its digits; null when it is not a whole number. */
    private static String plain(String exponent) {
        try {
            BigDecimal n = new BigDecimal(exponent);
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether a text may hold one of the forms masked in any text: three digits, a separator, two digits, a separator
     * and four digits; nine digits and a dot; or the word SSN or social. One pass, so that the regular expressions run
     * only on the few texts that may (a school's name with its number, repeated on every row of a report, does not).
     */
    private static boolean mayHoldOne(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run == 3 && isSeparator(c) && separatedFrom(text, i) || run == 9 && c == '.') return true;
            if ((c == 's' || c == 'S') && (wordAt(text, i, "ssn") || wordAt(text, i, "social"))) return true;
            run = 0;
        }
        return false;
    }

    /**
     * Whether {@code word} (lower case letters) is at {@code at}, in either case of ASCII letters only: what the named
     * expression's {@code (?i)} matches, which ignores case in US-ASCII alone.
     */
    private static boolean wordAt(String text, int at, String word) {
        if (at + word.length() > text.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) return false;
        }
        return true;
    }

    /** Whether two digits, a separator and four digits follow the separator at {@code at}. */
    private static boolean separatedFrom(String text, int at) {
        if (at + 7 >= text.length()) return false;
        for (int i = at + 1; i <= at + 7; i++) {
            char c = text.charAt(i);
            boolean wanted = i == at + 3 ? isSeparator(c) : c >= '0' && c <= '9';
            if (!wanted) return false;
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || c == '.';
    }

    /** The masking of a text outside an SSN position, by the regular expressions alone (without {@link #mayHoldOne}). */
    static String text(String value) {
        String masked = replace(SEPARATED, value, 1);
        masked = replace(SPREADSHEET, masked, 1);
        Matcher named = NAMED.matcher(masked);
        return named.find() ? named.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK + m.group(3))) : masked;
    }

    private static String replace(Pattern pattern, String value, int lastFour) {
        Matcher m = pattern.matcher(value);
        return m.find() ? m.replaceAll(r -> MASK + r.group(lastFour)) : value;
    }

    private static int digits(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') n++;
        }
        return n;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ");
    }
}
