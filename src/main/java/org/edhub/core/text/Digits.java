package org.edhub.core.text;

/**
 * Whether a text is ASCII digits only, as {@code \d+} (or {@code \d{min,max}}) matches it, without compiling a regular
 * expression on each call as {@link String#matches} does: identifiers and codes are checked this way row after row.
 */
public final class Digits {
    private Digits() {
    }

    /** One or more ASCII digits and nothing else; false for null. */
    public static boolean only(String text) {
        return text != null && only(text, 1, Integer.MAX_VALUE);
    }

    /** Between {@code min} and {@code max} ASCII digits and nothing else; false for null. */
    public static boolean only(String text, int min, int max) {
        if (text == null || text.length() < min || text.length() > max) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
