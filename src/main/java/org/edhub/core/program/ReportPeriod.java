package org.edhub.core.program;

import java.time.LocalDate;

/**
 * The days of the school year a run reports on, for a program whose reports depend on the day (the KECS LEAD
 * extract's date range, seed 001): from {@code from}, or the start of the school year (July 1) when empty, through
 * {@code through}, or its last day (June 30). A program of one snapshot (PR1500, the fall submission) takes none.
 */
public record ReportPeriod(LocalDate from, LocalDate through) {
    /** The whole school year: the default of every run. */
    public static final ReportPeriod WHOLE_YEAR = new ReportPeriod(null, null);

    public boolean isWholeYear() {
        return from == null && through == null;
    }

    /** The first day reported on: {@code from}, or July 1 of the school year. */
    public LocalDate firstDay(SchoolYear year) {
        return from == null ? year.july1() : from;
    }

    /** The last day reported on: {@code through}, or June 30 of the school year. */
    public LocalDate lastDay(SchoolYear year) {
        return through == null ? year.june30() : through;
    }

    /** Throws, saying why, when the period is not within the school year or ends before it starts. */
    public ReportPeriod within(SchoolYear year) {
        for (LocalDate day : new LocalDate[]{from, through}) {
            if (day != null && (day.isBefore(year.july1()) || day.isAfter(year.june30()))) {
                throw new IllegalArgumentException(day + " is not a day of the school year " + year + " (" + year.july1()
                        + " to " + year.june30() + ")");
            }
        }
        if (from != null && through != null && through.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + through + ") before it starts (" + from + ")");
        }
        return this;
    }
}
