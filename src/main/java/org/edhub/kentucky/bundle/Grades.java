package org.edhub.kentucky.bundle;

import java.util.Comparator;
import java.util.List;

import org.edhub.core.text.Digits;

/** Kentucky grade codes in their order: PK, KG, 01 to 12, then 14. */
public final class Grades {
    public static final List<String> ORDER = List.of("PK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09",
            "10", "11", "12", "14");
    /** Orders grade codes as the state does; an unknown code sorts last. */
    public static final Comparator<String> BY_ORDER = Comparator.comparingInt(Grades::rank);

    private Grades() {
    }

    /**
     * A grade as the seed writes it in result texts (kentucky-lead-validation.md, Decisions): no leading zero
     * ({@code 09}: {@code 9}), kindergarten {@code K}, preschool {@code P}; blank (unknown) {@code ?}, another code as it is.
     */
    public static String asWritten(String code) {
        if (code == null || code.isBlank()) return "?";
        if ("KG".equals(code)) return "K";
        if ("PK".equals(code)) return "P";
        return Digits.only(code) ? String.valueOf(Integer.parseInt(code)) : code;
    }

    public static boolean isGrade(String code) {
        return rank(code) < ORDER.size();
    }

    /**
     * The code's place in {@link #ORDER}, read from its two characters (the codes are sorted for every section's
     * grade range), or the size of the list for any other code.
     */
    static int rank(String code) {
        if (code.length() != 2) return ORDER.size();
        char first = code.charAt(0);
        char second = code.charAt(1);
        if (first == 'P' && second == 'K') return 0;
        if (first == 'K' && second == 'G') return 1;
        if (first < '0' || first > '1' || second < '0' || second > '9') return ORDER.size();
        int grade = (first - '0') * 10 + second - '0';
        if (grade >= 1 && grade <= 12) return grade + 1;
        return grade == 14 ? ORDER.size() - 1 : ORDER.size();
    }
}
