package org.edhub.kentucky.bundle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.edhub.core.text.Digits;

/** Kentucky grade codes in their order: PK, KG, 01 to 12, then 14. */
public final class Grades {
    public static final List<String> ORDER = List.of("PK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09",
            "10", "11", "12", "14");
    /** Each code's place in {@link #ORDER}, looked up by hash rather than by a scan of the list. */
    private static final Map<String, Integer> RANK = IntStream.range(0, ORDER.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(ORDER::get, i -> i));
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
        return RANK.containsKey(code);
    }

    /** The code's place in {@link #ORDER}, or the size of the list for any other code. */
    static int rank(String code) {
        return RANK.getOrDefault(code, ORDER.size());
    }
}
