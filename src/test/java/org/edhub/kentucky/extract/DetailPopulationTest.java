package org.edhub.kentucky.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.edhub.core.program.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R5 DETAIL, BR1-BR9 and the effective last day: rows as section:student:enrollment ("-" for none). */
class DetailPopulationTest {
    @TempDir
    Path dir;

    static List<String> rows(LeadExtract x) {
        return x.detail().stream().map(r -> r.placed().section().sectionId() + ":"
                + (r.hasStudent() ? r.student().personId() + ":" + r.student().enrollmentId() : "-:-")).toList();
    }

    @Test
    void typicalDistrictHasItsSectionAndStudentAndNoWarning() {
        LeadExtract x = Sis.typical().extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
        assertEquals(List.of(), x.issues());
    }

    @Test
    void br1StudentNeedsRosterAndActiveEnrollmentOnTheLastDay() {
        LeadExtract x = Sis.typical()
                .add("rosters.csv", "person_id", "5002", "end_date", "2026-03-01")
                .add("enrollments.csv", "enrollment_id", "7002", "person_id", "5002")
                .add("rosters.csv", "person_id", "5003")
                .add("enrollments.csv", "enrollment_id", "7003", "person_id", "5003", "end_date", "2026-01-15")
                .extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
    }

    @Test
    void effectiveLastDayIsTheRangeEndWhenEarlierThanTheSectionEnd() {
        LeadExtract x = Sis.typical()
                .add("rosters.csv", "person_id", "5002", "end_date", "2026-03-01")
                .add("enrollments.csv", "enrollment_id", "7002", "person_id", "5002")
                .extract(dir, ExtractOptions.of(Sis.YEAR, ReportFormat.CSV).withRange(null, LocalDate.of(2026, 2, 27)));
        assertEquals(List.of("100:5001:7001", "100:5002:7002"), rows(x));
        assertEquals(LocalDate.of(2026, 2, 27), x.detail().get(0).placed().lastDay());
    }

    @Test
    void br2InactiveCourseIsLeftOut() {
        LeadExtract x = Sis.typical().add("sections.csv", "section_id", "101", "course_active", "N").extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
    }

    @Test
    void br3CalendarOutsideTheDateRangeIsLeftOut() {
        LeadExtract x = Sis.typical()
                .add("calendars.csv", "calendar_id", "11", "start_date", "2025-07-01", "end_date", "2025-12-19")
                .add("sections.csv", "section_id", "102", "calendar_id", "11", "start_date", "2025-07-01", "end_date", "2025-12-19")
                .extract(dir, ExtractOptions.of(Sis.YEAR, ReportFormat.CSV).withRange(LocalDate.of(2026, 1, 5), null));
        assertEquals(List.of("100:5001:7001"), rows(x));
    }

    @Test
    void br4OnlyLeadStateClassificationsAreReported() {
        LeadExtract x = Sis.typical()
                .add("schools.csv", "school_number", "002", "school_name", "Adair Learning Center", "state_classification", "A5")
                .add("calendars.csv", "calendar_id", "20", "school_number", "002")
                .add("sections.csv", "section_id", "200", "calendar_id", "20")
                .add("schools.csv", "school_number", "003", "school_name", "Adair Day Treatment", "state_classification", "F1")
                .add("calendars.csv", "calendar_id", "30", "school_number", "003")
                .add("sections.csv", "section_id", "300", "calendar_id", "30")
                .extract(dir);
        assertEquals(List.of("100:5001:7001", "200:-:-"), rows(x));
    }

    @Test
    void br5Br6ExcludedCalendarsAndEnrollmentsAreStillIncluded() {
        LeadExtract x = Sis.typical().set("calendars.csv", "exclude", "Y").set("enrollments.csv", "exclude", "Y").extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
    }

    @Test
    void br7NoShowEnrollmentsAreLeftOut() {
        LeadExtract x = Sis.typical().set("enrollments.csv", "no_show", "Y").extract(dir);
        assertEquals(List.of("100:-:-"), rows(x));
    }

    @Test
    void br8SummerSchoolCalendarsAreLeftOut() {
        LeadExtract x = Sis.typical()
                .add("calendars.csv", "calendar_id", "12", "summer_school", "Y")
                .add("sections.csv", "section_id", "120", "calendar_id", "12")
                .extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
    }

    @Test
    void br9TheMostRecentEnrollmentIsUsed() {
        LeadExtract x = Sis.typical().set("enrollments.csv", "end_date", "2026-05-29")
                .add("enrollments.csv", "enrollment_id", "7000", "start_date", "2026-01-05", "grade", "04")
                .extract(dir);
        assertEquals(List.of("100:5001:7000"), rows(x));
    }

    @Test
    void br9OnEqualDatesServiceTypePThenTheHighestEnrollmentId() {
        LeadExtract pFirst = Sis.typical().set("enrollments.csv", "service_type", "S")
                .add("enrollments.csv", "enrollment_id", "6999", "service_type", "P").extract(dir.resolve("a"));
        assertEquals(List.of("100:5001:6999"), rows(pFirst));
        LeadExtract highestId = Sis.typical().set("enrollments.csv", "enrollment_id", "709")
                .add("enrollments.csv", "enrollment_id", "7010").extract(dir.resolve("b"));
        assertEquals(List.of("100:5001:7010"), rows(highestId));
    }

    @Test
    void onlyTheSelectedCalendarsAreReported() {
        LeadExtract x = Sis.typical()
                .add("calendars.csv", "calendar_id", "11", "calendar_name", "25-26 Adair Elementary Preschool")
                .add("sections.csv", "section_id", "110", "calendar_id", "11")
                .extract(dir, ExtractOptions.of(Sis.YEAR, ReportFormat.CSV).withCalendars(Set.of("11")));
        assertEquals(List.of("110:-:-"), rows(x));
    }

    @Test
    void sectionWithoutTermDatesIsLeftOut() {
        LeadExtract x = Sis.typical().add("sections.csv", "section_id", "101", "end_date", "").extract(dir);
        assertEquals(List.of("100:5001:7001"), rows(x));
    }
}
