package org.edhub.texas.pr1500;

/**
 * One StaffExtension (30040) record.
 *
 * @param uniqueId TX Unique Staff ID (E1524)
 * @param ssn      STAFF-ID (E0001), matched against the certification file; never shown in full
 * @param years    TOTAL-YEARS-PROF-EXPERIENCE (E0130), null when not reported
 */
public record StaffRecord(String file, long line, String uniqueId, String ssn, String firstName, String lastName,
                          Integer years) {
}
