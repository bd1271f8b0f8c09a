package org.edhub.texas.pr1500;

/** The two PR1500 Part 2 reports and the grade range each one covers (seed 004: elementary PK-5, secondary 6-12). */
public enum Report {
    ELEMENTARY("Elementary", Grades.PK, 5),
    SECONDARY("Secondary", 6, 12);

    private final String label;
    private final int lowest;
    private final int highest;

    Report(String label, int lowest, int highest) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String label() {
        return label;
    }

    /** Whether a certificate's grade range {@code from}-{@code to} (see {@link Grades}) overlaps this report's. */
    public boolean overlaps(int from, int to) {
        return from <= highest && to >= lowest;
    }
}
