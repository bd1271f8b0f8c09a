package org.edhub.core.issue;

import java.util.List;

/**
 * The findings of one severity, largest first, and the lesson of the largest few (seed 000: "these 4 errors make up
 * 94% of all errors").
 */
public record Findings(Severity severity, List<Finding> largestFirst) {
    /** How many findings lead a severity: those the lesson names, and those the run page lists. */
    public static final int LEADING = 4;

    public Findings {
        largestFirst = List.copyOf(largestFirst);
    }

    /** Every issue of this severity. */
    public int total() {
        return largestFirst.stream().mapToInt(Finding::count).sum();
    }

    /** {@code Errors}, {@code Warnings}, {@code Information issues}. */
    public String heading() {
        String plural = severity.plural();
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    /** The findings to fix first: the {@link #LEADING} largest. */
    public List<Finding> leading() {
        return largestFirst.subList(0, Math.min(LEADING, largestFirst.size()));
    }

    /** Those after the leading ones. */
    public int more() {
        return largestFirst.size() - leading().size();
    }

    /**
     * {@code The 4 largest make up 94% of all errors.}, as the validation mail says it; null when there are no more
     * findings than that, since the leading ones are then all of them.
     */
    public String lesson() {
        if (more() == 0) return null;
        int covered = leading().stream().mapToInt(Finding::count).sum();
        return "The " + LEADING + " largest make up " + Math.round(100.0 * covered / total()) + "% of all " + severity.plural() + ".";
    }
}
