package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code rosters.csv}: a student scheduled into a section. */
public record Roster(String sectionId, String personId, LocalDate startDate, LocalDate endDate) {

    public static final SisLayout<Roster> LAYOUT = new SisLayout<>("rosters.csv",
            List.of("section_id", "person_id", "start_date", "end_date"),
            r -> new Roster(r.key("section_id"), r.key("person_id"), r.date("start_date"), r.date("end_date")));
}
