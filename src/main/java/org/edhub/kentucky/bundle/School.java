package org.edhub.kentucky.bundle;

import java.util.List;

/** A row of {@code schools.csv}. */
public record School(String districtNumber, String districtName, String schoolNumber, String schoolName,
                     String stateClassification, String gradeLow, String gradeHigh) {

    public static final SisLayout<School> LAYOUT = new SisLayout<>("schools.csv",
            List.of("district_number", "district_name", "school_number", "school_name", "state_classification",
                    "grade_low", "grade_high"),
            r -> new School(r.id("district_number"), r.text("district_name"), r.key("school_number"),
                    r.text("school_name"), r.text("state_classification"), r.grade("grade_low"), r.grade("grade_high")));
}
