package org.edhub.kentucky.extract;

import java.util.Comparator;

import org.edhub.kentucky.bundle.Enrollment;

/** Which enrollment of a student is reported, when there are several (R5.BR9, R8.BR1, R9.BR1): the first in order. */
public final class EnrollmentChoice {
    private EnrollmentChoice() {
    }

    /**
     * R5.BR9: the most recent (latest start; then the latest end, blank being latest); on equal dates service type P
     * first, then the highest enrollment ID.
     */
    public static final Comparator<Enrollment> MOST_RECENT = Comparator
            .comparing(Enrollment::startDate, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(Enrollment::endDate, Comparator.nullsFirst(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(e -> !"P".equals(e.serviceType()))
            .thenComparing(Enrollment::enrollmentId, Ids.ORDER.reversed());

    /**
     * R8.BR1 / R9.BR1, for a student with several enrollments in DETAIL: service type P, then S, then N; within one
     * service type the enrollment ending blank or on the last instruction day, then the most recent.
     */
    public static final Comparator<DetailRow> ONE_PER_STUDENT = Comparator
            .comparingInt((DetailRow r) -> serviceRank(r.student().serviceType()))
            .thenComparing(r -> !r.endsOnLastInstructionDay())
            .thenComparing(DetailRow::student, MOST_RECENT);

    private static int serviceRank(String serviceType) {
        int rank = "PSN".indexOf(serviceType == null ? "?" : serviceType);
        return rank < 0 ? 3 : rank;
    }
}
