package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of the optional KECS {@code munis_clearances.csv}: the LEAD team cleared a job class by hand for a year. */
public record MunisClearance(String epsbId, String jobClassCode, String schoolYear, LocalDate clearedOn) {

    public static final SisLayout<MunisClearance> LAYOUT = new SisLayout<>("munis_clearances.csv",
            List.of("epsb_id", "job_class_code", "school_year", "cleared_on"),
            r -> new MunisClearance(r.key("epsb_id"), r.key("job_class_code"), r.text("school_year"), r.date("cleared_on")));
}
