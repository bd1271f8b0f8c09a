package org.edhub.core.report;

/** Text as it may go into a CSV or Excel cell a coordinator opens in a spreadsheet. */
public final class CellText {
    private CellText() {
    }

    /**
     * Neutralises a value a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
     * return) by prefixing an apostrophe, as OWASP advises. Plain negative numbers stay numbers.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) return value == null ? "" : value;
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || isPlainNumber(value)) return value;
        return "'" + value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
