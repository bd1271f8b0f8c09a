package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A row of {@code enrollments.csv}.
 *
 * @param serviceType {@code P} primary, {@code S} partial, {@code N} special ed services only
 * @param spedStatus  the special-education status; {@code A} or {@code Active} is active, anything else is not
 */
public record Enrollment(String enrollmentId, String personId, String stateId, String calendarId, String grade,
                         String serviceType, LocalDate startDate, LocalDate endDate, boolean noShow, boolean exclude,
                         String primaryDisability, String caseManagerId, String spedStatus, boolean iepLocked) {

    public static final SisLayout<Enrollment> LAYOUT = new SisLayout<>("enrollments.csv",
            List.of("enrollment_id", "person_id", "state_id", "calendar_id", "grade", "service_type", "start_date",
                    "end_date", "no_show", "exclude", "primary_disability", "case_manager_person_id", "sped_status",
                    "iep_locked"),
            r -> new Enrollment(r.key("enrollment_id"), r.key("person_id"), r.id("state_id"), r.key("calendar_id"),
                    r.grade("grade"), r.code("service_type", Set.of("P", "S", "N")), r.date("start_date"),
                    r.date("end_date"), r.flag("no_show"), r.flag("exclude"), r.text("primary_disability"),
                    r.id("case_manager_person_id"), r.text("sped_status"), r.flag("iep_locked")));

    public boolean hasDisability() {
        return primaryDisability != null;
    }

    public boolean spedActive() {
        return spedStatus != null && Set.of("A", "ACTIVE").contains(spedStatus.toUpperCase(Locale.ROOT));
    }

    /** A special-education student: a primary disability and an active special-education status. */
    public boolean isSped() {
        return hasDisability() && spedActive();
    }
}
