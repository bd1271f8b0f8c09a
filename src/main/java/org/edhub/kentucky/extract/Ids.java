package org.edhub.kentucky.extract;

import java.util.Comparator;

/**
 * Orders the reports' sort keys as a coordinator expects (kentucky-lead-extract.md, Decisions: every sort): a key made
 * only of digits as a number (kept as text: sections 9, 10, 11), other text after it in text order, blank first.
 */
public final class Ids {
    public static final Comparator<String> ORDER = Comparator.nullsFirst(Ids::compare);

    private Ids() {
    }

    private static int compare(String a, String b) {
        boolean numA = digits(a);
        boolean numB = digits(b);
        if (numA && numB) {
            int x = leadingZeros(a);
            int y = leadingZeros(b);
            int lengths = Integer.compare(a.length() - x, b.length() - y);
            int byValue = lengths != 0 ? lengths : compareDigits(a, x, b, y);
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        if (numA != numB) return numA ? -1 : 1;
        return a.compareTo(b);
    }

    /** The digits of {@code a} from {@code x} against those of {@code b} from {@code y}, both runs of one length. */
    private static int compareDigits(String a, int x, String b, int y) {
        for (int i = x, j = y; i < a.length(); i++, j++) {
            int d = a.charAt(i) - b.charAt(j);
            if (d != 0) return d;
        }
        return 0;
    }

    /** True for one or more ASCII digits (what {@code \d+} matches), without a regular expression per comparison. */
    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** How many leading zeros to drop so that at least one digit is left. */
    private static int leadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') i++;
        return i;
    }
}
