package org.edhub.kentucky.extract;

import org.edhub.kentucky.bundle.School;

/** A row of the SCHOOLWIDE report (R8). */
public record SchoolwideRow(String endYear, School school, int studentCount, int spedCount, String gradeLow,
                            String gradeHigh) {
}
