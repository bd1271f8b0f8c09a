package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A row of {@code section_staff.csv}: who taught a section, in which role, from when to when. */
public record SectionStaff(String sectionId, String personId, String staffType, LocalDate startDate, LocalDate endDate) {
    public static final String PRIMARY = "P";

    public static final SisLayout<SectionStaff> LAYOUT = new SisLayout<>("section_staff.csv",
            List.of("section_id", "person_id", "staff_type", "start_date", "end_date"),
            r -> new SectionStaff(r.key("section_id"), r.key("person_id"), r.code("staff_type", Set.of("P", "T", "N")),
                    r.date("start_date"), r.date("end_date")));

    public boolean isPrimary() {
        return PRIMARY.equals(staffType);
    }
}
