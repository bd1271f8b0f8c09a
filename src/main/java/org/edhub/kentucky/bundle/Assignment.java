package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code staff_assignments.csv}: a District Assignment record of a person at a school. */
public record Assignment(String personId, String schoolNumber, String type, String altType, String title,
                         String jobClassCode, String fte, LocalDate startDate, LocalDate endDate) {

    public static final SisLayout<Assignment> LAYOUT = new SisLayout<>("staff_assignments.csv",
            List.of("person_id", "school_number", "type", "alt_type", "title", "job_class_code", "fte", "start_date",
                    "end_date"),
            r -> new Assignment(r.key("person_id"), r.key("school_number"), r.text("type"), r.text("alt_type"),
                    r.text("title"), r.id("job_class_code"), r.text("fte"), r.date("start_date"), r.date("end_date")));
}
