package org.edhub.kentucky.extract;

/** A row of the STAFF report (R7). */
public record StaffRow(String endYear, String personId, String districtNumber, String schoolNumber, String epsbId,
                       String firstName, String lastName, String type, String altType, String title, String jobClassCode) {
}
