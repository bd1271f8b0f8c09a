package org.edhub.texas.pr1500;

import java.time.LocalDate;

/**
 * One row of the SBEC/ECOS staff certification file (seed 004); whether it counts is rule 5's
 * ({@link CountingRules#isValidOn}, {@link CountingRules#counts}).
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
}
