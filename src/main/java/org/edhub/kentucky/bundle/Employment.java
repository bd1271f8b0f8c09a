package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code staff_employment.csv}: a District Employment record; its license number is the EPSB ID. */
public record Employment(String personId, String firstName, String lastName, String licenseNumber, String employeeType,
                         LocalDate startDate, LocalDate endDate) {

    public static final SisLayout<Employment> LAYOUT = new SisLayout<>("staff_employment.csv",
            List.of("person_id", "first_name", "last_name", "license_number", "employee_type", "start_date", "end_date"),
            r -> new Employment(r.key("person_id"), r.text("first_name"), r.text("last_name"), r.raw("license_number"),
                    r.text("employee_type"), r.date("start_date"), r.date("end_date")));
}
