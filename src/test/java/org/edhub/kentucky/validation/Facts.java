package org.edhub.kentucky.validation;

import java.time.LocalDate;
import java.util.List;

import org.edhub.kentucky.bundle.Credential;
import org.edhub.kentucky.bundle.CredentialPermission;

/** Builds the facts the decision tables read, starting from a case that clears, so that a test changes only what matters. */
final class Facts {
    static HeldPermission permission(String code, String content, String jobFunction, String population, String low, String high) {
        return new HeldPermission(new Credential("400007", code, "Credential " + code, "ACTIVE", LocalDate.of(2020, 7, 1), null),
                new CredentialPermission(code, content, jobFunction, population, low, high));
    }

    /** A mutable course case: a General Algebra I section, grades 09-11, taught by a teacher holding MA812 (8-12). */
    static final class Course {
        String code = "270311";
        boolean inCatalog = true;
        String content = "Mathematics";
        boolean hasPrimary = true;
        String epsb = "400007";
        boolean known = true;
        boolean staffRecord = true;
        boolean kts;
        String setting = "01";
        String method = "01";
        boolean placeholderCourse;
        String placeholderKind;
        boolean sped;
        int students = 4;
        int spedStudents;
        String low = "09";
        String high = "11";
        List<String> populations = List.of("General");
        List<HeldPermission> permissions = List.of(permission("MA812", "Mathematics", "Teacher", "General", "08", "12"));
        boolean substitute;
        int requiredYears;
        int years = 5;

        CourseCase build() {
            return new CourseCase(code, inCatalog, content, hasPrimary, epsb, known, staffRecord, kts, setting, method,
                    placeholderCourse, placeholderKind, sped, students, spedStudents, low, high, populations, permissions,
                    substitute, requiredYears, years);
        }
    }
}
