package org.edhub.kentucky.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The Case Load and Munis outcomes, each with its exact rule, category, result and fix. */
class CaseloadAndMunisValidationTest {
    private static final ValidationReference.JobClass TEACHER = new ValidationReference.JobClass("2040", "Elementary Classroom Instructor", "Teacher", false);
    private static final ValidationReference.JobClass LAST_RESORT = new ValidationReference.JobClass("0290", "Other", null, true);
    private static final EerpRow ROW = new EerpRow("20001", "165", "2025-2026", "400001", "Adams", "Ann", "2040", "010",
            "1.0", LocalDate.of(2025, 7, 1));

    private static CaseloadCase caseload(String manager, String epsb, boolean known, boolean staff, int students,
                                         List<String> uncovered, Integer limit) {
        TreeMap<String, Integer> byDisability = new TreeMap<>();
        byDisability.put("AUT", students);
        return new CaseloadCase(manager, epsb, known, staff, List.of(), students, byDisability, uncovered, limit);
    }

    private static void outcome(ValidationResult r, int rule, ValidationCategory category, String result, String code, String phrase) {
        assertEquals(rule, r.rule(), r.toString());
        assertEquals(category, r.category());
        assertEquals(result, r.result());
        if (code == null) {
            assertNull(r.fix());
        } else {
            assertEquals(code, r.code());
            assertTrue(r.fixText().contains(phrase), r.fixText());
        }
    }

    @Test
    void caseManagerZeroIsAnError() {
        outcome(CaseloadValidation.decide(caseload("0", null, false, false, 2, List.of(), 15)), 1, ValidationCategory.ERROR,
                "No Case Manager Assigned", "KY-LEAD-CASELOAD-NO-CASE-MANAGER", "QA SPED: Error Report");
    }

    @Test
    void caseManagerWithoutEpsbId() {
        outcome(CaseloadValidation.decide(caseload("20003", null, false, true, 2, List.of(), 15)), 2, ValidationCategory.ERROR,
                "No EPSB ID Provided", "KY-LEAD-CASELOAD-NO-EPSB-ID", "Be careful NOT to include leading or trailing spaces");
    }

    @Test
    void caseManagerWithAnEpsbIdKecsDoesNotKnow() {
        outcome(CaseloadValidation.decide(caseload("20003", "400003 ", false, true, 2, List.of(), 15)), 3, ValidationCategory.ERROR,
                "Invalid EPSB ID", "KY-LEAD-CASELOAD-INVALID-EPSB-ID", "District Role Report");
    }

    @Test
    void caseManagerWithoutAnAssignmentWhereTheStudentsAre() {
        outcome(CaseloadValidation.decide(caseload("20003", "400003", true, false, 2, List.of(), 15)), 4, ValidationCategory.ERROR,
                "No Staff Record Found", "KY-LEAD-CASELOAD-NO-STAFF-RECORD", "at the school of each caseload student");
    }

    @Test
    void caseManagerWithoutPermissionForADisability() {
        outcome(CaseloadValidation.decide(caseload("20003", "400003", true, true, 2, List.of("Autistic", "Hearing Impaired"), 15)),
                5, ValidationCategory.OUT_OF_FIELD, "Educator does not have permission for (Autistic, Hearing Impaired)",
                "KY-LEAD-CASELOAD-POPULATION", "a permission for every disability on the caseload");
    }

    @Test
    void caseloadOverTheLimitIsAWarning() {
        outcome(CaseloadValidation.decide(caseload("20003", "400003", true, true, 16, List.of(), 15)), 6, ValidationCategory.WARNING,
                "Caseload of 16 exceeds the limit of 15", "KY-LEAD-CASELOAD-OVER-LIMIT", "707 KAR 1:350");
    }

    @Test
    void caseloadAtTheLimitIsClear() {
        ValidationResult r = CaseloadValidation.decide(caseload("20003", "400003", true, true, 15, List.of(), 15));
        outcome(r, 7, ValidationCategory.CLEAR, "Cleared", null, null);
        assertEquals("Students: 15; disabilities: AUT:15; limit: 15", r.detail());
    }

    private static MunisCase munis(boolean known, boolean staff, ValidationReference.JobClass jobClass, boolean cleared, boolean granted) {
        return new MunisCase(ROW, known, staff, jobClass, cleared, granted, List.of("ELEM Elementary"));
    }

    @Test
    void munisUnknownEpsbId() {
        outcome(MunisValidation.decide(munis(false, true, TEACHER, false, true)), 1, ValidationCategory.ERROR,
                "Invalid EPSB ID", "KY-LEAD-MUNIS-INVALID-EPSB-ID", "create the EERP upload file again");
    }

    @Test
    void munisNoStaffRecord() {
        outcome(MunisValidation.decide(munis(true, false, TEACHER, false, true)), 2, ValidationCategory.ERROR,
                "No Staff Record Found", "KY-LEAD-MUNIS-NO-STAFF-RECORD", "District Employment record is active");
    }

    @Test
    void munis0290WithAClearance() {
        outcome(MunisValidation.decide(munis(true, true, LAST_RESORT, true, false)), 3, ValidationCategory.CLEAR,
                "Cleared (Manual clearance)", null, null);
    }

    @Test
    void munis0290WithoutAClearance() {
        outcome(MunisValidation.decide(new MunisCase(new EerpRow("20001", "165", "2025-2026", "400001", "Adams", "Ann", "0290",
                        "010", "1.0", null), true, true, LAST_RESORT, false, false, List.of())), 4, ValidationCategory.OUT_OF_FIELD,
                "JobClassCode 0290 needs a manual clearance", "KY-LEAD-MUNIS-0290", "leadteam@education.ky.gov");
    }

    @Test
    void munisJobFunctionGranted() {
        ValidationResult r = MunisValidation.decide(munis(true, true, TEACHER, false, true));
        outcome(r, 5, ValidationCategory.CLEAR, "Cleared for job function", null, null);
        assertEquals("Job class 2040 Elementary Classroom Instructor; job function: Teacher; active credentials: ELEM Elementary", r.detail());
    }

    @Test
    void munisJobFunctionNotGranted() {
        outcome(MunisValidation.decide(munis(true, true, TEACHER, false, false)), 6, ValidationCategory.OUT_OF_FIELD,
                "Educator does not have permissions for job function (Teacher)", "KY-LEAD-MUNIS-JOB-FUNCTION",
                "correct the job class code on the District Assignment");
    }
}
