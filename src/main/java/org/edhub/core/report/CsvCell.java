package org.edhub.core.report;

/**
 * RFC 4180 quoting of one cell, as commons-csv's {@code CSVFormat.RFC4180} prints it (quote mode MINIMAL): quoted when
 * it holds a comma, a quote or a line break, starts with a character up to {@code #}, ends with one up to a space,
 * or is an empty first cell (so a one-cell empty row is not an empty line).
 */
final class CsvCell {
    private static final char QUOTE = '"';
    private static final char COMMENT = '#';

    private CsvCell() {
    }

    static void append(StringBuilder line, String value, boolean firstOfRow) {
        if (!needsQuotes(value, firstOfRow)) {
            line.append(value);
            return;
        }
        line.append(QUOTE);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == QUOTE) line.append(QUOTE);
            line.append(c);
        }
        line.append(QUOTE);
    }

    static boolean needsQuotes(String value, boolean firstOfRow) {
        int length = value.length();
        if (length == 0) return firstOfRow;
        if (value.charAt(0) <= COMMENT) return true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == QUOTE || c == '\n' || c == '\r') return true;
        }
        return value.charAt(length - 1) <= ' ';
    }
}
