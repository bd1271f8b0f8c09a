package org.edhub.parse.kentucky;

import java.util.Comparator;
import java.util.List;

/** Kentucky grade codes in their order: PK, KG, 01 to 12, then 14. */
public final class Grades {
    public static final List<String> ORDER = List.of("PK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09",
            "10", "11", "12", "14");
    /** Orders grade codes as the state does; an unknown code sorts last. */
    public static final Comparator<String> BY_ORDER = Comparator.comparingInt(Grades::rank);

    private Grades() {
    }

    public static boolean isGrade(String code) {
        return ORDER.contains(code);
    }

    private static int rank(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }
}
