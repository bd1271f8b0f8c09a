package org.edhub.bench;

import java.util.Locale;

/**
 * The sizes of a generated tier (issue 7). {@code tiny} is for tests. Texas: districts, campuses, teachers, 40110
 * enrollments, 30090 responsibilities, certificate rows. Kentucky: districts, schools, teachers, students (each on
 * about seven rosters).
 */
public enum Tier {
    TINY(new Tx(2, 12, 300, 5_000, 2_030, 810), new Ky(2, 6, 90, 1_400)),
    DISTRICT(new Tx(1, 300, 12_000, 200_000, 81_100, 32_400), new Ky(1, 20, 580, 9_000)),
    STATE(new Tx(1_200, 9_000, 370_000, 5_500_000, 2_500_000, 1_000_000), new Ky(171, 1_450, 42_000, 650_000));

    public record Tx(int districts, int campuses, int teachers, long enrollments, long responsibilities, long certificates) {
    }

    public record Ky(int districts, int schools, int teachers, int students) {
    }

    private final Tx tx;
    private final Ky ky;

    Tier(Tx tx, Ky ky) {
        this.tx = tx;
        this.ky = ky;
    }

    public Tx tx() {
        return tx;
    }

    public Ky ky() {
        return ky;
    }

    public static Tier of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
