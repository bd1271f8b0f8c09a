package org.edhub.kentucky.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions kentucky-lead-extract.md records on what R5-R10 leave open, one test each (issue 14, item 7). */
class ExtractDecisionsTest {
    @TempDir
    Path dir;

    private static List<String> issues(LeadExtract x) {
        return x.issues().stream().map(i -> i.warning().number() + "|" + i.schoolNumber() + "|" + i.personId() + "|"
                + i.sectionId() + "|" + i.detail()).toList();
    }

    @Test
    void decisionACalendarOfAnotherSchoolYearIsLeftOutEvenWhenItsDatesReachIntoTheRange() {
        LeadExtract x = Sis.typical()
                .add("calendars.csv", "calendar_id", "9", "calendar_name", "24-25 Adair Elementary (extended)", "end_year", "2025",
                        "start_date", "2024-08-14", "end_date", "2025-07-31")
                .add("sections.csv", "section_id", "90", "calendar_id", "9", "start_date", "2025-07-07", "end_date", "2025-07-25")
                .add("section_staff.csv", "section_id", "90")
                .extract(dir);
        assertEquals(List.of("100:5001:7001"), DetailPopulationTest.rows(x));
        assertEquals(List.of(), issues(x));
    }

    @Test
    void decisionASectionWhoseTermLiesOutsideTheSchoolYearIsLeftOutWithAnIssuesWarning() {
        LeadExtract x = Sis.typical()
                .add("sections.csv", "section_id", "101", "course_number", "0102", "course_name", "Math 3 (last year)",
                        "start_date", "2024-08-14", "end_date", "2025-05-22")
                .add("section_staff.csv", "section_id", "101", "start_date", "2024-08-14")
                .extract(dir);
        assertEquals(List.of("100:5001:7001"), DetailPopulationTest.rows(x));
        assertEquals(List.of("18|001|900|101|Term 08/14/2024-05/22/2025 lies outside the school year 07/01/2025-06/30/2026"),
                issues(x));
        assertEquals("Math 3 (last year)", x.issues().get(0).courseName());
    }

    @Test
    void decisionSortKeysMadeOnlyOfDigitsSortAsNumbers() {
        LeadExtract x = Sis.typical()
                .set("sections.csv", "schedule_structure", "10")
                .add("sections.csv", "section_id", "110", "schedule_structure", "9", "section_number", "10")
                .add("sections.csv", "section_id", "111", "schedule_structure", "9", "section_number", "9")
                .add("sections.csv", "section_id", "112", "schedule_structure", "9", "section_number", "11")
                .add("sections.csv", "section_id", "113", "schedule_structure", "Block", "section_number", "1")
                .extract(dir);
        assertEquals(List.of("111", "110", "112", "100", "113"),
                x.classes().stream().map(c -> c.placed().section().sectionId()).toList());
    }

    @Test
    void decisionDuplicateDistrictAssignmentsAreOneStaffRowWithAWarning() {
        LeadExtract x = Sis.typical()
                .add("staff_assignments.csv", "title", "Math Teacher", "job_class_code", "2040", "start_date", "2025-08-01")
                .extract(dir);
        assertEquals(List.of("900|001|01|Math Teacher|2040"), x.staff().stream()
                .map(s -> s.personId() + "|" + s.schoolNumber() + "|" + s.type() + "|" + s.title() + "|" + s.jobClassCode()).toList());
        assertEquals(List.of("19|001|900|null|2 District Assignments at school 001, type 01, alt type (blank): the STAFF row "
                + "has the one that started 08/01/2025 (title Math Teacher, job class 2040)"), issues(x));
        assertEquals("Baker", x.issues().get(0).lastName());
    }
}
