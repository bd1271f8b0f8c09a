package org.edhub.kentucky.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R6 CLASSES, R7 STAFF, R8 SCHOOLWIDE and R9 CASELOAD: grouping, sorting, de-duplication, case manager 0. */
class AggregatesTest {
    @TempDir
    Path dir;

    private static final String[] SPED = {"primary_disability", "AUT", "sped_status", "A", "iep_locked", "Y",
            "case_manager_person_id", "900"};

    @Test
    void r6ClassesCountStudentsAndKeepEmptySectionsSortedByCourseThenSection() {
        LeadExtract x = Sis.typical()
                .add("sections.csv", "section_id", "103", "course_number", "0200", "course_name", "Reading 3", "section_number", "2")
                .add("sections.csv", "section_id", "102", "course_number", "0200", "course_name", "Reading 3", "section_number", "1")
                .add("rosters.csv", "section_id", "102", "person_id", "5002")
                .add("rosters.csv", "section_id", "102", "person_id", "5001")
                .add("enrollments.csv", "enrollment_id", "7002", "person_id", "5002", "grade", "02", "primary_disability", "SLD",
                        "sped_status", "A", "iep_locked", "Y", "case_manager_person_id", "900")
                .extract(dir);
        List<String> classes = x.classes().stream().map(c -> c.placed().section().sectionId() + "|" + c.studentCount() + "|"
                + c.gradeLow() + "-" + c.gradeHigh() + "|" + c.spedCount()).toList();
        assertEquals(List.of("100|1|03-03|0", "102|2|02-03|1", "103|0|KG-05|0"), classes);
    }

    @Test
    void r7StaffNeedAssignmentAndEmploymentInTheYearAndTheOpenEmploymentGivesTheEpsbId() {
        LeadExtract x = Sis.typical()
                .set("staff_employment.csv", "end_date", "2026-06-30")
                .add("staff_employment.csv", "license_number", "654321", "start_date", "2025-07-01", "end_date", "")
                .add("staff_assignments.csv", "school_number", "002", "type", "03", "title", "Counselor")
                .add("staff_employment.csv", "person_id", "95", "first_name", "Cy", "last_name", "Dunn", "license_number", "222",
                        "start_date", "2019-07-01", "end_date", "2025-12-31")
                .add("staff_employment.csv", "person_id", "95", "first_name", "Cy", "last_name", "Dunn", "license_number", "333",
                        "start_date", "2026-01-01", "end_date", "2026-06-30")
                .add("staff_assignments.csv", "person_id", "95")
                .add("staff_employment.csv", "person_id", "96", "end_date", "2025-06-30")
                .add("staff_assignments.csv", "person_id", "96")
                .add("staff_assignments.csv", "person_id", "97", "end_date", "2025-06-30")
                .add("staff_employment.csv", "person_id", "97")
                .extract(dir);
        List<String> staff = x.staff().stream().map(s -> String.join("|", s.endYear(), s.personId(), s.districtNumber(),
                s.schoolNumber(), s.epsbId(), s.lastName(), s.type(), String.valueOf(s.title()))).toList();
        assertEquals(List.of("2026|95|165|001|333|Dunn|01|Teacher", "2026|900|165|001|654321|Baker|01|Teacher",
                "2026|900|165|002|654321|Baker|03|Counselor"), staff);
    }

    @Test
    void r8SchoolwideKeepsOneEnrollmentPerStudentPFirstAndSortsBySchoolName() {
        LeadExtract x = Sis.typical()
                .add("calendars.csv", "calendar_id", "11", "calendar_name", "25-26 Adair Elementary Night", "end_date", "2026-05-29")
                .add("sections.csv", "section_id", "110", "calendar_id", "11")
                .add("rosters.csv", "section_id", "110", "person_id", "5001")
                .add("enrollments.csv", "enrollment_id", "7101", "calendar_id", "11", "grade", "04", "service_type", "S",
                        "start_date", "2025-09-01")
                // 5002: two partial enrollments; the one ending on its calendar's last day wins over the more recent one
                .add("rosters.csv", "person_id", "5002")
                .add("enrollments.csv", "enrollment_id", "7002", "person_id", "5002", "grade", "02", "service_type", "S",
                        "end_date", "2026-05-22")
                .add("rosters.csv", "section_id", "110", "person_id", "5002")
                .add("enrollments.csv", "enrollment_id", "7102", "person_id", "5002", "calendar_id", "11", "grade", "05",
                        "service_type", "S", "start_date", "2025-09-01", "end_date", "2026-05-25")
                // no State ID: left out
                .add("rosters.csv", "person_id", "5003")
                .add("enrollments.csv", "enrollment_id", "7003", "person_id", "5003", "state_id", "", "grade", "KG")
                .add("schools.csv", "school_number", "000", "school_name", "Zane Middle", "grade_low", "06", "grade_high", "08")
                .add("calendars.csv", "calendar_id", "20", "school_number", "000")
                .add("sections.csv", "section_id", "200", "calendar_id", "20")
                .add("rosters.csv", "section_id", "200", "person_id", "6001")
                .add("enrollments.csv", "enrollment_id", "8001", "person_id", "6001", "calendar_id", "20", "grade", "07")
                .extract(dir);
        List<String> schools = x.schoolwide().stream().map(s -> s.school().schoolNumber() + "|" + s.studentCount() + "|"
                + s.spedCount() + "|" + s.gradeLow() + "-" + s.gradeHigh()).toList();
        assertEquals(List.of("001|2|0|02-03", "000|1|0|07-07"), schools);
    }

    @Test
    void r9CaseloadCountsEachStudentOnceAndGroupsInactiveOrMissingCaseManagersUnderZero() {
        LeadExtract x = Sis.typical().set("enrollments.csv", SPED)
                // 5001 also has a more recent partial enrollment in a second calendar: the P one is reported
                .add("calendars.csv", "calendar_id", "11", "calendar_name", "25-26 Adair Elementary Night")
                .add("sections.csv", "section_id", "110", "calendar_id", "11")
                .add("rosters.csv", "section_id", "110", "person_id", "5001")
                .add("enrollments.csv", concat(SPED, "enrollment_id", "7011", "calendar_id", "11", "service_type", "S",
                        "start_date", "2025-09-01", "primary_disability", "SLD", "case_manager_person_id", "950"))
                .add("rosters.csv", "person_id", "5002")
                .add("enrollments.csv", concat(SPED, "enrollment_id", "7002", "person_id", "5002", "primary_disability", "SLD"))
                .add("rosters.csv", "person_id", "5003")
                .add("enrollments.csv", concat(SPED, "enrollment_id", "7003", "person_id", "5003", "case_manager_person_id", "950"))
                .add("rosters.csv", "person_id", "5004")
                .add("enrollments.csv", concat(SPED, "enrollment_id", "7004", "person_id", "5004", "primary_disability", "SLD",
                        "case_manager_person_id", ""))
                .add("rosters.csv", "person_id", "5005")
                .add("enrollments.csv", concat(SPED, "enrollment_id", "7005", "person_id", "5005", "state_id", ""))
                .add("rosters.csv", "person_id", "5006")
                .add("enrollments.csv", "enrollment_id", "7006", "person_id", "5006")
                .extract(dir);
        List<String> caseload = x.caseload().stream().map(c -> c.districtNumber() + "|" + c.caseManagerId() + "|"
                + c.studentCount() + "|" + c.byDisability()).toList();
        assertEquals(List.of("165|0|2|{AUT=1, SLD=1}", "165|900|2|{AUT=1, SLD=1}"), caseload);
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
