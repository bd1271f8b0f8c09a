package org.edhub.kentucky.extract;

import java.time.LocalDate;

/** Date spans whose blank start or end is open, as the SIS records them. */
final class Span {
    private Span() {
    }

    static boolean activeOn(LocalDate start, LocalDate end, LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }

    static boolean overlaps(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }
}
