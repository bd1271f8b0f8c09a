package org.edhub.texas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions of texas-pr1500.md's last section about campuses, through the program over PEIMS interchanges:
 * a report's district, and a campus with early-education enrollments only.
 */
class Pr1500CampusDecisionsTest {
    static final String HIGH_SCHOOL = "099902001";
    static final String EE_CENTER = "099902103";
    static final String NEIGHBOUR_CAMPUS = "123456001";
    @TempDir
    Path dir;
    final Issues issues = new Issues();
    final StringBuilder staff = new StringBuilder();
    final StringBuilder enrollments = new StringBuilder();
    int students;

    void teach(String staffId, String lea, String campus, String serviceId) {
        staff.append("""
                  <StaffResponsibilitiesExtension>
                    <TX-LEAReference><EducationalOrgIdentity><StateOrganizationId>%s</StateOrganizationId></EducationalOrgIdentity></TX-LEAReference>
                    <TX-StaffReference><StaffIdentity><StaffUniqueStateId>%s</StaffUniqueStateId></StaffIdentity></TX-StaffReference>
                    <TX-SchoolReference><EducationalOrgIdentity><StateOrganizationId>%s</StateOrganizationId></EducationalOrgIdentity></TX-SchoolReference>
                    <TX-StaffRole>087</TX-StaffRole>
                    <TX-ServiceId>%s</TX-ServiceId>
                    <TX-PopulationServed>01</TX-PopulationServed>
                    <TX-NumberOfStudentsInClass>20</TX-NumberOfStudentsInClass>
                  </StaffResponsibilitiesExtension>
                """.formatted(lea, staffId, campus, serviceId));
    }

    void enroll(String campus, String grade) {
        enrollments.append("""
                  <StudentSchoolAssociationExtension>
                    <StudentReference><StudentIdentity><StudentUniqueStateId>%d</StudentUniqueStateId></StudentIdentity></StudentReference>
                    <SchoolReference><EducationalOrgIdentity><StateOrganizationId>%s</StateOrganizationId></EducationalOrgIdentity></SchoolReference>
                    <TX-GradeLevel>%s</TX-GradeLevel>
                  </StudentSchoolAssociationExtension>
                """.formatted(2000000000L + ++students, campus, grade));
    }

    /** The program over the interchanges written so far, as a run for {@code district}; the secondary report's rows. */
    List<CSVRecord> run(String district) throws IOException {
        Path peims = Files.createDirectories(dir.resolve(district).resolve("in"));
        Path staffXml = Files.writeString(peims.resolve("099902_2019_Fall_StaffAssociation.xml"),
                "<InterchangeStaffAssociation xmlns=\"http://www.tea.state.tx.us/tsds\">\n" + staff
                        + "</InterchangeStaffAssociation>\n");
        Path studentXml = Files.writeString(peims.resolve("099902_2019_Fall_StudentEnrollment.xml"),
                "<InterchangeStudentEnrollmentExtension xmlns=\"http://www.tea.state.tx.us/tsds\">\n" + enrollments
                        + "</InterchangeStudentEnrollmentExtension>\n");
        Path out = Files.createDirectories(dir.resolve(district).resolve("out"));
        Map<String, List<InputFile>> inputs = Map.of(Pr1500Program.CERTIFICATIONS, List.of(),
                Pr1500Program.PEIMS, List.of(InputFile.of(staffXml), InputFile.of(studentXml)));
        new Pr1500Program().run(new ProgramRequest(district, SchoolYear.parse("2018-2019"), inputs, out, ReportFormat.CSV,
                Mappings.defaults(), issues));
        return Pr1500ProgramTest.csv(out.resolve(Pr1500Program.SECONDARY_CSV));
    }

    List<Issue> issues(String rule) {
        return issues.all().stream().filter(i -> i.rule().equals(rule)).toList();
    }

    @Test
    void aReportRowCarriesTheDistrictOfItsCampusIdAndAMismatchedDistrictIdIsAWarning() throws IOException {
        enroll(HIGH_SCHOOL, "10");
        teach("1000000001", "123456", HIGH_SCHOOL, "03100500");
        teach("1000000002", "099902", HIGH_SCHOOL, "03100500");
        List<CSVRecord> rows = run("099902");
        CSVRecord math = Pr1500ProgramTest.row(rows, HIGH_SCHOOL, "Mathematics");
        assertEquals("099902", math.get("District ID"));
        assertEquals("2", math.get("Total Teachers"), "the record with the other DISTRICT-ID is counted at its campus");
        List<Issue> mismatched = issues("TX-PR1500-DISTRICT-ID-MISMATCH");
        assertEquals(1, mismatched.size());
        assertEquals(Severity.WARNING, mismatched.get(0).severity());
        assertTrue(mismatched.get(0).message().contains("123456") && mismatched.get(0).message().contains("099902"),
                mismatched.get(0).message());
        assertEquals("123456", mismatched.get(0).value());
    }

    @Test
    void aDistrictsOwnRunLeavesOutAnotherDistrictsCampusesWithOneWarningPerCampus() throws IOException {
        enroll(HIGH_SCHOOL, "10");
        enroll(NEIGHBOUR_CAMPUS, "11");
        teach("1000000001", "099902", HIGH_SCHOOL, "03100500");
        teach("1000000002", "123456", NEIGHBOUR_CAMPUS, "03100500");
        teach("1000000003", "123456", NEIGHBOUR_CAMPUS, "03010200");
        List<CSVRecord> rows = run("099902");
        assertEquals(List.of(HIGH_SCHOOL), rows.stream().map(r -> r.get("Campus ID")).distinct().toList());
        List<Issue> other = issues("TX-PR1500-CAMPUS-OTHER-DISTRICT");
        assertEquals(1, other.size(), "one warning for the campus, not one per record");
        assertEquals(NEIGHBOUR_CAMPUS, other.get(0).value());
        assertEquals(Severity.WARNING, other.get(0).severity());
    }

    @Test
    void aRunOverSeveralDistrictsKeepsEveryCampusUnderItsOwnDistrict() throws IOException {
        enroll(HIGH_SCHOOL, "10");
        enroll(NEIGHBOUR_CAMPUS, "11");
        teach("1000000001", "099902", HIGH_SCHOOL, "03100500");
        teach("1000000002", "123456", NEIGHBOUR_CAMPUS, "03100500");
        List<CSVRecord> rows = run("local");
        assertEquals("099902", Pr1500ProgramTest.row(rows, HIGH_SCHOOL, "Mathematics").get("District ID"));
        assertEquals("123456", Pr1500ProgramTest.row(rows, NEIGHBOUR_CAMPUS, "Mathematics").get("District ID"));
        assertEquals(List.of(), issues("TX-PR1500-CAMPUS-OTHER-DISTRICT"));
    }

    @Test
    void aCampusWithEarlyEducationEnrollmentsOnlyIsInNeitherReportWithOneInformationIssue() throws IOException {
        enroll(HIGH_SCHOOL, "10");
        enroll(EE_CENTER, "EE");
        enroll(EE_CENTER, "EE");
        teach("1000000001", "099902", HIGH_SCHOOL, "03100500");
        teach("1000000002", "099902", EE_CENTER, "02030000");
        teach("1000000003", "099902", EE_CENTER, "02030000");
        teach("1000000003", "099902", EE_CENTER, "02040000");
        List<CSVRecord> rows = run("099902");
        assertTrue(rows.stream().noneMatch(r -> r.get("Campus ID").equals(EE_CENTER)));
        List<Issue> leftOut = issues("TX-PR1500-CAMPUS-LEFT-OUT");
        assertEquals(1, leftOut.size());
        Issue info = leftOut.get(0);
        assertEquals(Severity.INFO, info.severity());
        assertEquals(EE_CENTER, info.value());
        assertTrue(info.message().contains("2 teachers") && info.message().contains("early education"), info.message());
        assertEquals("099902_2019_Fall_StaffAssociation.xml", info.file());
    }
}
