package org.edhub.kentucky.extract;

/** A row of the CLASSES report (R6): a section with its student and special-education counts and grade range. */
public record ClassRow(PlacedSection placed, int studentCount, String gradeLow, String gradeHigh, int spedCount) {
}
