package org.edhub.kentucky.bundle;

import java.util.List;

/**
 * A row of the KECS {@code credential_permissions.csv}: what one credential permits (seed 000's permission table).
 *
 * @param content    a LEAD content area, or {@code Any}
 * @param population a population (General, Alternative, Autistic, ...), or {@code Any}
 * @param lowGrade   a grade code, or null for {@code All Grades}
 * @param highGrade  a grade code, or null for {@code All Grades}
 */
public record CredentialPermission(String credentialCode, String content, String jobFunction, String population,
                                   String lowGrade, String highGrade) {
    public static final String ANY = "Any";

    public static final SisLayout<CredentialPermission> LAYOUT = new SisLayout<>("credential_permissions.csv",
            List.of("credential_code", "content", "job_function", "population", "low_grade", "high_grade"),
            r -> new CredentialPermission(r.key("credential_code"), r.text("content"), r.text("job_function"),
                    r.text("population"), r.gradeOrAll("low_grade"), r.gradeOrAll("high_grade")));
}
