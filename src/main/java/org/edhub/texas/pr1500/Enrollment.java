package org.edhub.texas.pr1500;

/** One StudentSchoolAssociationExtension (40110) record: a student enrolled at a campus in a grade (C050). */
public record Enrollment(String file, long line, String studentId, String campusId, String gradeLevel) {
}
