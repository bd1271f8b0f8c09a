package org.edhub.kentucky.validation;

import org.edhub.kentucky.bundle.Credential;
import org.edhub.kentucky.bundle.CredentialPermission;
import org.edhub.kentucky.bundle.Grades;

/** A permission an educator holds through one of their credentials, and what it covers (spec: Permissions held). */
public record HeldPermission(Credential credential, CredentialPermission permission) {
    public static final String TEACHER = "Teacher";

    public boolean isTeacher() {
        return TEACHER.equalsIgnoreCase(permission.jobFunction());
    }

    /** Its content equals the course's LEAD content area, or is Any. */
    public boolean coversContent(String content) {
        return matches(permission.content(), content);
    }

    /** It names the population, or Any. */
    public boolean coversPopulation(String population) {
        return matches(permission.population(), population);
    }

    /** Its low-high contains the range; All Grades (null) contains everything, and an unknown range is contained. */
    public boolean coversGrades(String low, String high) {
        return (low == null || permission.lowGrade() == null || Grades.BY_ORDER.compare(permission.lowGrade(), low) <= 0)
                && (high == null || permission.highGrade() == null || Grades.BY_ORDER.compare(high, permission.highGrade()) <= 0);
    }

    /** The credential as the details show it: {@code CODE Name}. */
    public String credentialLabel() {
        return credential.code() + (credential.name() == null ? "" : " " + credential.name());
    }

    private static boolean matches(String granted, String needed) {
        return granted != null && (granted.equalsIgnoreCase(CredentialPermission.ANY) || granted.equalsIgnoreCase(needed));
    }
}
