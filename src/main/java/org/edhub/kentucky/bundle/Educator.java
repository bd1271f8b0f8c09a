package org.edhub.kentucky.bundle;

import java.util.List;

/** A row of the KECS {@code educators.csv}: an educator known to KECS by EPSB ID, with the years of experience on record. */
public record Educator(String epsbId, String firstName, String lastName, Integer yearsExperience) {

    public static final SisLayout<Educator> LAYOUT = new SisLayout<>("educators.csv",
            List.of("epsb_id", "first_name", "last_name", "years_experience"),
            r -> new Educator(r.key("epsb_id"), r.text("first_name"), r.text("last_name"), r.count("years_experience")));
}
