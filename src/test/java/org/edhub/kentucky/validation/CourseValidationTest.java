package org.edhub.kentucky.validation;

import static org.edhub.kentucky.validation.Facts.permission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per row of the spec's course decision table: exact rule, category, result and fix. */
class CourseValidationTest {
    private final Facts.Course c = new Facts.Course();

    private static void outcome(Facts.Course c, int rule, ValidationCategory category, String result, String fixCode,
                                String fixPhrase) {
        ValidationResult r = CourseValidation.decide(c.build());
        assertEquals(rule, r.rule(), r.toString());
        assertEquals(category, r.category());
        assertEquals(result, r.result());
        if (fixCode == null) {
            assertNull(r.fix());
        } else {
            assertEquals(fixCode, r.code());
            assertTrue(r.fixText().contains(fixPhrase), r.fixText());
        }
    }

    @Test
    void row01InvalidCourseCodeComesFirstEvenWithoutATeacher() {
        c.inCatalog = false;
        c.hasPrimary = false;
        outcome(c, 1, ValidationCategory.ERROR, "Invalid Course Code", "KY-LEAD-COURSE-INVALID-CODE",
                "use the State Searchable Course Code Database");
    }

    @Test
    void row02NoPrimaryTeacher() {
        c.hasPrimary = false;
        c.epsb = null;
        outcome(c, 2, ValidationCategory.ERROR, "No Primary Teacher Assigned", "KY-LEAD-COURSE-NO-PRIMARY-TEACHER",
                "check the Section Staff History");
    }

    @Test
    void row02OnAPlaceholderCourseSaysToAssignACounselorOrAnAdministrator() {
        c.hasPrimary = false;
        c.placeholderCourse = true;
        outcome(c, 2, ValidationCategory.ERROR, "No Primary Teacher Assigned", "KY-LEAD-COURSE-NO-PRIMARY-PLACEHOLDER-COURSE",
                "assign a guidance counselor or an administrator");
    }

    @Test
    void row03NoEpsbId() {
        c.epsb = null;
        c.known = false;
        outcome(c, 3, ValidationCategory.ERROR, "No EPSB ID Provided", "KY-LEAD-COURSE-NO-EPSB-ID",
                "update the License Number on the active District Employment record");
    }

    @Test
    void row04InvalidEpsbId() {
        c.known = false;
        outcome(c, 4, ValidationCategory.ERROR, "Invalid EPSB ID", "KY-LEAD-COURSE-INVALID-EPSB-ID",
                "Be careful NOT to include leading or trailing spaces");
    }

    @Test
    void row05NoStaffRecord() {
        c.staffRecord = false;
        c.kts = true;
        outcome(c, 5, ValidationCategory.ERROR, "No Staff Record Found", "KY-LEAD-COURSE-NO-STAFF-RECORD",
                "confirm an active District Assignment record exists for the correct school");
    }

    @Test
    void row06KtsExchange() {
        c.kts = true;
        c.permissions = List.of();
        outcome(c, 6, ValidationCategory.CLEAR, "KTS Exchange Course", null, null);
    }

    @Test
    void row07OffsiteCte() {
        c.setting = "02";
        c.permissions = List.of();
        outcome(c, 7, ValidationCategory.CLEAR, "Offsite CTE 02: No validation required", null, null);
    }

    @Test
    void row08ThirdParty() {
        c.method = "02";
        c.permissions = List.of();
        outcome(c, 8, ValidationCategory.CLEAR, "Teaching Method 02: 3rd Party: No Validation Needed", null, null);
    }

    @Test
    void row09DualCreditCollegeOffered() {
        c.method = "12";
        c.placeholderKind = "COLLEGE_PROFESSOR";
        outcome(c, 9, ValidationCategory.CLEAR, "Teaching Method 12: Dual Credit: No Validation Needed", null, null);
    }

    @Test
    void row10PlaceholderCourse() {
        c.placeholderCourse = true;
        c.permissions = List.of();
        outcome(c, 10, ValidationCategory.CLEAR, "Cleared (Validation not needed)", null, null);
    }

    @Test
    void row11CollegeProfessorWithoutMethod12() {
        c.placeholderKind = "COLLEGE_PROFESSOR";
        c.method = "11";
        c.content = "English/Language Arts";
        outcome(c, 11, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (English/Language Arts)",
                "KY-LEAD-COURSE-COLLEGE-PROFESSOR", "Teaching Method 12: Dual Credit - College Offered");
    }

    @Test
    void row12Vacancy() {
        c.placeholderKind = "VACANCY";
        c.epsb = "641";
        outcome(c, 12, ValidationCategory.OUT_OF_FIELD, "Vacant position (placeholder EPSB ID 641)", "KY-LEAD-COURSE-VACANT",
                "in place of the vacancy placeholder");
    }

    @Test
    void row13DigitalLearningWithAnyTeacherCredential() {
        c.method = "10";
        c.permissions = List.of(permission("SC812", "Science", "Teacher", "General", "08", "12"));
        outcome(c, 13, ValidationCategory.CLEAR, "Cleared (Teaching Method)", null, null);
    }

    @Test
    void row13NeedsATeacherCredential() {
        c.method = "10";
        c.permissions = List.of();
        outcome(c, 20, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (Mathematics)",
                "KY-LEAD-COURSE-CONTENT", "check the Credential Permissions");
    }

    @Test
    void row14SpecialEducationWithMoreThanAQuarterGeneralPopulation() {
        c.sped = true;
        c.students = 4;
        c.spedStudents = 2;
        outcome(c, 14, ValidationCategory.OUT_OF_FIELD,
                "More than 25% of students for the special education course are general population",
                "KY-LEAD-COURSE-SPED-GENERAL-POPULATION", "change the section's Special Type");
    }

    @Test
    void row15ExperienceMet() {
        c.requiredYears = 5;
        c.years = 5;
        outcome(c, 15, ValidationCategory.CLEAR, "Cleared (Experience met)", null, null);
    }

    @Test
    void row16ExperienceNotMet() {
        c.requiredYears = 5;
        c.years = 4;
        outcome(c, 16, ValidationCategory.OUT_OF_FIELD, "Educator must have 5 years of experience for this course",
                "KY-LEAD-COURSE-EXPERIENCE", "District HR staff can add the experience to their KECS profile");
    }

    @Test
    void row17SpecialEducationEveryPopulationCovered() {
        c.sped = true;
        c.students = 4;
        c.spedStudents = 3;
        c.populations = List.of("Autistic", "Specific Learning Disability");
        c.permissions = List.of(permission("LBD", "Any", "Teacher", "Autistic", null, null),
                permission("LBD", "Any", "Teacher", "Specific Learning Disability", null, null));
        outcome(c, 17, ValidationCategory.CLEAR, "Cleared (Special Type - Specific Disability)", null, null);
    }

    @Test
    void row18Alternative() {
        c.populations = List.of("Alternative");
        c.permissions = List.of(permission("MA812", "Mathematics", "Teacher", "Any", "08", "12"));
        outcome(c, 18, ValidationCategory.CLEAR, "Cleared (Active Credential Teacher, Alternative)", null, null);
    }

    @Test
    void row19ClearedForContent() {
        outcome(c, 19, ValidationCategory.CLEAR, "Cleared for content", null, null);
    }

    @Test
    void row20NoPermissionForTheContent() {
        c.permissions = List.of(permission("SS812", "Social Studies", "Teacher", "General", "08", "12"));
        outcome(c, 20, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (Mathematics)",
                "KY-LEAD-COURSE-CONTENT", "check the Credential Permissions");
    }

    @Test
    void row20WithASubstituteCredentialSaysToUseAVacancyPlaceholder() {
        c.permissions = List.of();
        c.substitute = true;
        outcome(c, 20, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (Mathematics)",
                "KY-LEAD-COURSE-SUBSTITUTE", "use a vacancy placeholder as the primary teacher");
    }

    @Test
    void row21ContentButNotTheGradeRange() {
        c.permissions = List.of(permission("MA59", "Mathematics", "Teacher", "General", "05", "09"));
        outcome(c, 21, ValidationCategory.OUT_OF_FIELD,
                "Educator does not have permissions for (Mathematics) within the grade range of 9-11",
                "KY-LEAD-COURSE-GRADE-RANGE", "When the section roster is empty");
        assertEquals("Core content: Mathematics; grade range: 9-11; active credentials that could clear the course: "
                + "MA59 Credential MA59", CourseValidation.decide(c.build()).detail());
    }

    @Test
    void row22ASpecialEducationPopulationNotCovered() {
        c.sped = true;
        c.spedStudents = 4;
        c.populations = List.of("Autistic", "Speech/Language Impaired");
        c.permissions = List.of(permission("LBD", "Any", "Teacher", "Autistic", null, null));
        outcome(c, 22, ValidationCategory.OUT_OF_FIELD, "Educator does not have permission for (Speech/Language Impaired)",
                "KY-LEAD-COURSE-POPULATION", "ensure that the educator has permissions for all the student populations");
    }

    // Issue 14, item 5: which permissions count (kentucky-lead-validation.md, "Which permissions count").

    @Test
    void aGeneralSectionWithOnlyAnAlternativeAnyPermissionAndAContentPermissionForOtherGradesGetsTheGradeRangeFinding() {
        c.permissions = List.of(permission("KSS", "Any", "Teacher", "Alternative", null, null),
                permission("MA59", "Mathematics", "Teacher", "General", "05", "09"));
        outcome(c, 21, ValidationCategory.OUT_OF_FIELD,
                "Educator does not have permissions for (Mathematics) within the grade range of 9-11",
                "KY-LEAD-COURSE-GRADE-RANGE", "When the section roster is empty");
        assertEquals("Core content: Mathematics; grade range: 9-11; active credentials that could clear the course: "
                + "MA59 Credential MA59", CourseValidation.decide(c.build()).detail());
    }

    @Test
    void aGeneralSectionWithNoGeneralPermissionForTheContentGetsTheContentFinding() {
        c.permissions = List.of(permission("KSS", "Any", "Teacher", "Alternative", null, null),
                permission("LBD", "Mathematics", "Teacher", "Specific Learning Disability", null, null),
                permission("ENG", "English/Language Arts", "Teacher", "General", "08", "12"));
        outcome(c, 20, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (Mathematics)",
                "KY-LEAD-COURSE-CONTENT", "check the Credential Permissions");
    }

    @Test
    void aSpecialEducationSectionMissingADisabilityGetsRow22EvenWithAGeneralPermissionForTheContent() {
        c.sped = true;
        c.spedStudents = 4;
        c.populations = List.of("Autistic", "Speech/Language Impaired");
        c.permissions = List.of(permission("LBD", "Any", "Teacher", "Autistic", null, null),
                permission("MA812", "Mathematics", "Teacher", "General", "08", "12"));
        outcome(c, 22, ValidationCategory.OUT_OF_FIELD, "Educator does not have permission for (Speech/Language Impaired)",
                "KY-LEAD-COURSE-POPULATION", "ensure that the educator has permissions for all the student populations");
    }

    // Issue 14, item 7: the decisions kentucky-lead-validation.md records.

    @Test
    void decisionGradeRangesInResultTextsAreWrittenAsTheSeedWritesThem() {
        c.low = "07";
        c.high = "14";
        c.permissions = List.of(permission("MA59", "Mathematics", "Teacher", "General", "05", "09"));
        assertEquals("Educator does not have permissions for (Mathematics) within the grade range of 7-14",
                CourseValidation.decide(c.build()).result());
        c.low = "KG";
        c.high = "05";
        c.permissions = List.of(permission("MA812", "Mathematics", "Teacher", "General", "08", "12"));
        assertEquals("Educator does not have permissions for (Mathematics) within the grade range of K-5",
                CourseValidation.decide(c.build()).result());
        c.low = "PK";
        c.high = "12";
        assertEquals("Educator does not have permissions for (Mathematics) within the grade range of P-12",
                CourseValidation.decide(c.build()).result());
    }

    @Test
    void decisionASectionOfAnA5SchoolNeedsAlternativeAndGeneralPermissionsAloneDoNotCount() {
        c.populations = List.of("Alternative");
        c.permissions = List.of(permission("MA812", "Mathematics", "Teacher", "General", "08", "12"));
        outcome(c, 20, ValidationCategory.OUT_OF_FIELD, "Educator does not have permissions for (Mathematics)",
                "KY-LEAD-COURSE-CONTENT", "check the Credential Permissions");
        c.permissions = List.of(permission("MA812", "Mathematics", "Teacher", "General", "08", "12"),
                permission("SSALT", "Mathematics", "Teacher", "Alternative", "08", "12"));
        outcome(c, 18, ValidationCategory.CLEAR, "Cleared (Active Credential Teacher, Alternative)", null, null);
    }

    @Test
    void theTableHasTheSpecsTwentyTwoRowsInOrder() {
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 22).boxed().toList(),
                CourseValidation.TABLE.rules().stream().map(DecisionTable.Rule::number).toList());
    }
}
