package org.edhub.kentucky.validation;

import java.time.LocalDate;

/**
 * One active certified District Assignment as the EERP upload file carries it (spec decision: District Number, School
 * Year, EPSB ID, Last Name, First Name, Job Class Code, Location, FTE, Start Date), with the person it belongs to.
 */
public record EerpRow(String personId, String districtNumber, String schoolYear, String epsbId, String lastName,
                      String firstName, String jobClassCode, String location, String fte, LocalDate startDate) {
}
