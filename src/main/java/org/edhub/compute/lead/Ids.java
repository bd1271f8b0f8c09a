package org.edhub.compute.lead;

import java.util.Comparator;

/** Orders identifiers as a coordinator expects: numbers by value (kept as text), other text after, blank first. */
public final class Ids {
    public static final Comparator<String> ORDER = Comparator.nullsFirst(Ids::compare);

    private Ids() {
    }

    private static int compare(String a, String b) {
        boolean numA = a.matches("\\d+");
        boolean numB = b.matches("\\d+");
        if (numA && numB) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            int byValue = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        if (numA != numB) return numA ? -1 : 1;
        return a.compareTo(b);
    }

    /** Text ordered with blank first. */
    public static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
}
