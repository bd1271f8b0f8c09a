package org.edhub.core.issue;

/**
 * Decision: a file whose rows are mostly bad is rejected whole rather than kept as the year's input with the few rows
 * that could be read: more than half its rows unreadable, and at least {@link #AT_LEAST} of them, so a small file with
 * a few bad rows is still used and reported row by row.
 */
public final class MostlyBad {
    public static final int AT_LEAST = 20;

    private MostlyBad() {
    }

    public static boolean rejects(long goodRows, long badRows) {
        return badRows >= AT_LEAST && badRows > goodRows;
    }
}
