package org.edhub.texas.pr1500;

import java.time.LocalDate;

/**
 * One row of the SBEC/ECOS staff certification file (seed 004).
 *
 * @param row       the row number in the file the district dropped
 * @param staffId   Social Security number (9 digits) or TX Unique Staff ID (10 digits), as a string
 * @param expires   the Expire Date, or null for {@code Life}
 */
public record Certificate(long row, String staffId, String certType, LocalDate effective, LocalDate expires,
                          String gradeLevel, String certLevel, String field) {

    public boolean isLife() {
        return expires == null;
    }

    /** Seed 004: counts when its Expire Date is after the snapshot date, or it is for Life. */
    public boolean isValidOn(LocalDate snapshot) {
        return isLife() || expires.isAfter(snapshot);
    }
}
