package org.edhub.kentucky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Rule;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.Feed;
import org.edhub.core.program.ProgramResult;
import org.edhub.core.program.StatePrograms;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation program on the sample district (samples/ky): every output, every course result, the mail's lead. */
class LeadValidationProgramTest {
    static final Path SAMPLE = LeadExtractProgramTest.SAMPLE;
    static final List<String> OUTPUTS = List.of("KECS_LEAD_Detail.csv", "KECS_LEAD_Staff.csv", "KECS_LEAD_Classes.csv",
            "KECS_LEAD_Caseload.csv", "KECS_LEAD_Schoolwide.csv", "KECS_LEAD_Issues.csv", "LEAD_Course_Validations.csv",
            "LEAD_Caseload_Validations.csv", "LEAD_Munis_Validations.csv", "LEAD_Validation_Summary.csv",
            "EERP_EPSB_Upload.csv", "EERP_EPSB_Upload_Validation.csv");

    @TempDir
    Path dir;

    private List<Path> run(Path sis, Path out, Issues issues) throws IOException {
        return result(sis, out, issues).outputs();
    }

    private ProgramResult result(Path sis, Path out, Issues issues) throws IOException {
        ProgramRequest request = new ProgramRequest("165", SchoolYear.parse("2025-2026"),
                Map.of("ky-sis", LeadExtractProgramTest.files(sis), "ky-kecs", LeadExtractProgramTest.files(SAMPLE.resolve("ky-kecs"))),
                out, ReportFormat.CSV, Mappings.defaults(), issues);
        return new LeadValidationProgram(LeadExtractProgramTest.CLOCK).run(request);
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static Map<String, String> bySection(Path out, String column) throws IOException {
        return csv(out.resolve("LEAD_Course_Validations.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("Section ID"), r -> r.get(column)));
    }

    @Test
    void isRegisteredForBothKentuckyFeeds() {
        assertEquals(List.of("ky-sis", "ky-kecs"), StatePrograms.named("ky-lead-validation").orElseThrow().feeds().stream().map(Feed::folder).toList());
    }

    @Test
    void theSampleWritesEveryOutputAndEveryCourseResultOccurs() throws IOException {
        Issues issues = new Issues();
        List<Path> written = run(SAMPLE.resolve("ky-sis"), dir, issues);
        assertEquals(OUTPUTS.stream().map(dir::resolve).toList(), written);
        Set<Integer> rules = csv(dir.resolve("LEAD_Course_Validations.csv")).stream().map(r -> Integer.valueOf(r.get("Rule")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(1, 22).boxed().collect(Collectors.toCollection(TreeSet::new)), rules);
        Map<String, String> results = bySection(dir, "Result");
        assertEquals("Invalid EPSB ID", results.get("5201"));
        assertEquals("Educator does not have permissions for (Mathematics) within the grade range of 9-11", results.get("5202"));
        assertEquals("Educator does not have permission for (Speech/Language Impaired)", results.get("5214"));
        assertTrue(bySection(dir, "Fix").get("5302").startsWith("Substitute teachers can not be the primary teacher"));
        assertEquals("Core content: Mathematics; grade range: 9-11; active credentials that could clear the course: "
                + "MA59 Middle School Mathematics (5-9)", bySection(dir, "Detail").get("5202"));
        assertTrue(issues.all().stream().noneMatch(i -> i.rule().startsWith("KY-SIS")), issues.all().toString());
    }

    @Test
    void caseLoadMunisAndEerpOnTheSample() throws IOException {
        run(SAMPLE.resolve("ky-sis"), dir, new Issues());
        assertEquals(List.of("0:Error:No Case Manager Assigned", "20003:Error:No Staff Record Found"),
                csv(dir.resolve("LEAD_Caseload_Validations.csv")).stream()
                        .map(r -> r.get("Case Manager Person ID") + ":" + r.get("Category") + ":" + r.get("Result")).toList());
        Map<String, String> munis = csv(dir.resolve("LEAD_Munis_Validations.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("Person ID") + "/" + r.get("Job Class Code") + "/" + r.get("Location"),
                        r -> r.get("Result")));
        assertEquals("Cleared (Manual clearance)", munis.get("20004/0290/010"));
        assertEquals("Educator does not have permissions for job function (Assistant Principal)", munis.get("20015/0210/030"));
        assertEquals("No Staff Record Found", munis.get("20013/2060/030"));
        assertEquals("Invalid EPSB ID", munis.get("20016/2060/040"));
        List<String> upload = Files.readAllLines(dir.resolve(LeadValidationProgram.EERP_UPLOAD_FILE));
        assertEquals("District Number,School Year,EPSB ID,Last Name,First Name,Job Class Code,Location,FTE,Start Date", upload.get(0));
        assertEquals("165,2025-2026,400001,Adams,Ann,2040,010,1.0,07/01/2025", upload.get(1));
        assertEquals(16, upload.size(), "15 rows: Eve Evans (blank EPSB ID) and Frank Fields (' 400006') are left out");
        assertEquals(List.of("20004:JobClassCode 0290 needs a manual clearance:N", "20005:Missing EPSB ID:Y",
                        "20006:EPSB ID has spaces or is not all digits:Y"),
                csv(dir.resolve("EERP_EPSB_Upload_Validation.csv")).stream()
                        .map(r -> r.get("Person ID") + ":" + r.get("Check") + ":" + r.get("Left Out Of Upload")).toList());
        assertTrue(Files.readAllLines(dir.resolve("LEAD_Validation_Summary.csv"))
                .contains("Courses,,District,Error,Invalid Course Code,2"));
    }

    /**
     * Decision (kentucky-lead-validation.md): a case manager needs a District Assignment at the school of each caseload
     * student's reported enrollment. Carla Combs (20003) has assignments at 010 and 020; student 30201 is reported at
     * the Learning Center (030): No Staff Record Found naming 030; with an assignment there too, her caseload is
     * judged on her permissions (Out of Field for Speech/Language Impaired).
     */
    @Test
    void decisionCaseManagerStaffRecordAtTheSchoolOfEachCaseloadStudent() throws IOException {
        run(SAMPLE.resolve("ky-sis"), dir, new Issues());
        CSVRecord carla = csv(dir.resolve("LEAD_Caseload_Validations.csv")).stream()
                .filter(r -> r.get("Case Manager Person ID").equals("20003")).findFirst().orElseThrow();
        assertEquals("No Staff Record Found", carla.get("Result"));
        assertTrue(carla.get("Detail").endsWith("; no District Assignment at school 030"), carla.get("Detail"));

        Path sis = dir.resolve("ky-sis");
        Files.createDirectories(sis);
        for (InputFile f : LeadExtractProgramTest.files(SAMPLE.resolve("ky-sis"))) Files.copy(f.path(), sis.resolve(f.name()));
        Path assignments = sis.resolve("staff_assignments.csv");
        Files.writeString(assignments, Files.readString(assignments)
                + "20003,030,01,,Special Education Teacher,2060,0.1,2025-07-01,\n");
        run(sis, dir.resolve("out"), new Issues());
        CSVRecord assigned = csv(dir.resolve("out/LEAD_Caseload_Validations.csv")).stream()
                .filter(r -> r.get("Case Manager Person ID").equals("20003")).findFirst().orElseThrow();
        assertEquals("Educator does not have permission for (Speech/Language Impaired)", assigned.get("Result"));
    }

    @Test
    void aTrailingSpaceOnAnEpsbIdMakesTheSectionAnInvalidEpsbId() throws IOException {
        Path sis = dir.resolve("ky-sis");
        Files.createDirectories(sis);
        for (InputFile f : LeadExtractProgramTest.files(SAMPLE.resolve("ky-sis"))) Files.copy(f.path(), sis.resolve(f.name()));
        Path employment = sis.resolve("staff_employment.csv");
        Files.writeString(employment, Files.readString(employment).replace("Ann,Adams,400001,", "Ann,Adams,400001 ,"));
        run(sis, dir.resolve("out"), new Issues());
        assertEquals("Invalid EPSB ID", bySection(dir.resolve("out"), "Result").get("5101"));
        assertTrue(bySection(dir.resolve("out"), "Fix").get("5101").contains("Be careful NOT to include leading or trailing spaces"));
    }

    @Test
    void theMailLeadsWithCountsPerCategoryAndTheLargestErrorsWithTheirFixes() throws IOException {
        String mail = result(SAMPLE.resolve("ky-sis"), dir, new Issues()).summary();
        assertTrue(mail.startsWith("LEAD validation results\n\nCourses: 25 result(s): 12 Clear, 6 Error, 7 Out of Field\n"
                + "  Error: 6, the 4 largest make up 83% of them\n  - Invalid Course Code: 2\n    Fix: The course has no state code"), mail);
        assertTrue(mail.contains("  - Educator does not have permissions for (Mathematics): 1\n    Fix: Substitute teachers can not"), mail);
        assertTrue(mail.contains("Case Load: 2 result(s): 2 Error\n  Error: 2\n  - No Case Manager Assigned: 1\n"), mail);
        assertTrue(mail.contains("EERP upload: 15 row(s) in EERP_EPSB_Upload.csv, 2 left out for errors"), mail);
    }

    @Test
    void everyIssueOfTheSampleIsAFindingTitledInLeadsWordsAtItsRulesSeverity() throws IOException {
        Issues issues = new Issues();
        run(SAMPLE.resolve("ky-sis"), dir, issues);
        Map<String, Rule> rules = new LeadValidationProgram().rules().stream().collect(Collectors.toMap(Rule::code, r -> r, (a, b) -> a));
        for (Issue issue : issues.all()) {
            Rule rule = rules.get(issue.rule());
            assertTrue(rule != null && rule.severity() == issue.severity(), issue.rule() + " " + issue.severity());
            if (issue.rule().startsWith("KY-LEAD-COURSE-") && issue.severity() == Severity.ERROR) {
                assertTrue(issue.message().contains(": Error: " + rule.title() + "."), rule.title() + " / " + issue.message());
            }
        }
        assertEquals("No Primary Teacher Assigned", rules.get("KY-LEAD-COURSE-NO-PRIMARY-TEACHER").title());
    }
}
