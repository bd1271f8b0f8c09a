package org.edhub.kentucky.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R10 ISSUES, warnings 1-17, each on the clean typical district with the one change that raises it. */
class IssuesWarningsTest {
    @TempDir
    Path dir;

    private static final String[] SPED = {"primary_disability", "AUT", "sped_status", "A", "iep_locked", "Y",
            "case_manager_person_id", "900"};

    /** warning|school|person|section|detail */
    private List<String> issues(Sis sis) {
        return sis.extract(dir).issues().stream().map(i -> i.warning().number() + "|" + i.schoolNumber() + "|"
                + i.personId() + "|" + i.sectionId() + "|" + i.detail()).toList();
    }

    @Test
    void w01NoAssignmentAtTheSectionsSchool() {
        assertEquals(List.of("1|001|900|100|No District Assignment at school 001 overlapping 07/01/2025-06/30/2026"),
                issues(Sis.typical().set("staff_assignments.csv", "school_number", "002")));
    }

    @Test
    void w02NoEmployeeType() {
        assertEquals(List.of("2|001|900|100|Employee type is blank"),
                issues(Sis.typical().set("staff_employment.csv", "employee_type", "")));
    }

    @Test
    void w03NoEpsbId() {
        assertEquals(List.of("3|001|900|100|License number is blank"),
                issues(Sis.typical().set("staff_employment.csv", "license_number", "")));
    }

    @Test
    void w04EpsbIdWithSpacesOrNotDigits() {
        assertEquals(List.of("4|001|900|100|EPSB ID ' 123456'"),
                issues(Sis.typical().set("staff_employment.csv", "license_number", " 123456")));
    }

    @Test
    void w05NoPrimaryTeacherOnTheLastDay() {
        assertEquals(List.of("5|001|null|100|No primary teacher on 05/22/2026"),
                issues(Sis.typical().set("section_staff.csv", "end_date", "2026-05-21")));
    }

    @Test
    void w06SeveralPrimaryTeachers() {
        assertEquals(List.of("6|001|900|100|Primary teachers on 05/22/2026: 900, 901"), issues(Sis.typical()
                .add("section_staff.csv", "person_id", "901").add("staff_employment.csv", "person_id", "901")
                .add("staff_assignments.csv", "person_id", "901")));
    }

    @Test
    void w07NoStateCourseCode() {
        assertEquals(List.of("7|001|900|100|State course code is blank"),
                issues(Sis.typical().set("sections.csv", "state_course_code", "")));
    }

    @Test
    void w08CodeNotInTheCatalogForTheYear() {
        assertEquals(List.of("8|001|900|100|State course code 230103 is not in the catalog for 2026"),
                issues(Sis.typical().catalogEntry("230103", "2015", "2025").catalogEntry("230101", "2015", "")));
        assertEquals(List.of(), issues(Sis.typical().catalogEntry("230103", "2015", "")));
    }

    @Test
    void w09PlaceholderCourseNeedsCounselorOrAdministrator() {
        assertEquals(List.of("9|001|900|100|Placeholder course 800500: assign a guidance counselor or an administrator"),
                issues(Sis.typical().set("sections.csv", "state_course_code", "800500")
                        .add("sections.csv", "section_id", "101", "state_course_code", "909995")
                        .add("section_staff.csv", "section_id", "101", "person_id", "901")
                        .add("rosters.csv", "section_id", "101")
                        .add("staff_employment.csv", "person_id", "901")
                        .add("staff_assignments.csv", "person_id", "901", "type", "03")));
    }

    @Test
    void w10SubstituteAsPrimaryTeacher() {
        assertEquals(List.of("10|001|900|100|Active assignment as substitute teacher at school 001"),
                issues(Sis.typical().set("staff_assignments.csv", "type", "04")));
    }

    @Test
    void w11CollegeProfessorPlaceholderOutsideDualCredit() {
        assertEquals(List.of("11|001|900|100|Teaching method 01"),
                issues(Sis.typical().set("staff_employment.csv", "license_number", "271")
                        .add("sections.csv", "section_id", "101", "teaching_method", "12")
                        .add("section_staff.csv", "section_id", "101").add("rosters.csv", "section_id", "101")));
    }

    @Test
    void w12SectionWithoutStudentsTakesTheSchoolsGradeRange() {
        assertEquals(List.of("12|001|900|100|Grade range KG-05"),
                issues(Sis.typical().set("rosters.csv", "start_date", "2026-05-23")));
    }

    @Test
    void w13SpecialEducationSectionWithMoreThanAQuarterGeneralPopulation() {
        Sis sis = Sis.typical().set("sections.csv", "special_type", "05").set("enrollments.csv", SPED)
                .add("sections.csv", "section_id", "101", "special_type", "05").add("section_staff.csv", "section_id", "101");
        for (String s : List.of("5002", "5003", "5004")) {
            sis.add("enrollments.csv", AggregatesTest.concat(SPED, "enrollment_id", "7" + s, "person_id", s));
        }
        sis.add("enrollments.csv", "enrollment_id", "7005", "person_id", "5005");
        for (String s : List.of("5001", "5002", "5003", "5005")) sis.add("rosters.csv", "person_id", s);
        for (String s : List.of("5001", "5002", "5004", "5005")) sis.add("rosters.csv", "section_id", "101", "person_id", s);
        sis.add("enrollments.csv", "enrollment_id", "7006", "person_id", "5006");
        sis.add("rosters.csv", "section_id", "101", "person_id", "5006");
        assertEquals(List.of("13|001|900|101|2 of 5 students are general population"), issues(sis));
    }

    @Test
    void w14NoEmploymentRecordInTheYear() {
        assertEquals(List.of("14|001|900|100|No District Employment record overlaps 07/01/2025-06/30/2026"),
                issues(Sis.typical().set("staff_employment.csv", "end_date", "2025-06-30")));
    }

    @Test
    void w15ActiveDisabilityWithoutCaseManager() {
        assertEquals(List.of("15|001|5001|null|Disability AUT, enrollment 7001"),
                issues(Sis.typical().set("enrollments.csv", SPED).set("enrollments.csv", "case_manager_person_id", "")));
    }

    @Test
    void w16CaseManagerNotActiveStaff() {
        assertEquals(List.of("16|001|950|null|Case manager of students 5001"),
                issues(Sis.typical().set("enrollments.csv", SPED).set("enrollments.csv", "case_manager_person_id", "950")));
    }

    @Test
    void w17DisabilityWithInactiveStatusOrUnlockedIep() {
        assertEquals(List.of("17|001|5001|null|Special-education status A, IEP not locked",
                        "17|001|5002|null|Special-education status Exited, IEP locked"),
                issues(Sis.typical().set("enrollments.csv", SPED).set("enrollments.csv", "iep_locked", "N")
                        .add("rosters.csv", "person_id", "5002")
                        .add("enrollments.csv", AggregatesTest.concat(SPED, "enrollment_id", "7002", "person_id", "5002",
                                "sped_status", "Exited"))));
    }
}
