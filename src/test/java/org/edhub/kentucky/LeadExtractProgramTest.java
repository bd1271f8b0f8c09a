package org.edhub.kentucky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.edhub.core.issue.InputRejected;
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

/** The program on the sample district (samples/ky): reports, zip versus loose files, rejections, HTML. */
class LeadExtractProgramTest {
    static final Path SAMPLE = Path.of("samples/ky");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-06T13:05:00Z"), ZoneId.of("America/New_York"));
    static final List<String> REPORTS = List.of("KECS_LEAD_Detail", "KECS_LEAD_Staff", "KECS_LEAD_Classes",
            "KECS_LEAD_Caseload", "KECS_LEAD_Schoolwide", "KECS_LEAD_Issues");

    @TempDir
    Path dir;

    static List<InputFile> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().map(InputFile::of).toList();
        }
    }

    private List<Path> run(List<InputFile> sis, ReportFormat format, Path out, Issues issues) throws IOException {
        ProgramRequest request = new ProgramRequest("165", SchoolYear.parse("2025-2026"),
                Map.of("ky-sis", sis, "ky-kecs", files(SAMPLE.resolve("ky-kecs"))), out, format, Mappings.defaults(), issues);
        return new LeadExtractProgram(CLOCK).run(request).outputs();
    }

    @Test
    void theSampleRaisesEveryWarningOneToSeventeen() throws IOException {
        Issues issues = new Issues();
        run(files(SAMPLE.resolve("ky-sis")), ReportFormat.CSV, dir, issues);
        List<String> lines = Files.readAllLines(dir.resolve("KECS_LEAD_Issues.csv"));
        Set<Integer> warnings = lines.stream().skip(1).map(l -> Integer.valueOf(l.split(",")[1]))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Stream.iterate(1, i -> i + 1).limit(17).collect(Collectors.toCollection(TreeSet::new)), warnings);
        assertEquals(List.of(), issues.all().stream().filter(i -> !i.rule().startsWith("KY-LEAD-ISSUES-")).toList(),
                "the sample's files are clean");
        assertTrue(lines.get(1).startsWith("10/06/2025 09:05,1,"), lines.get(1));
    }

    /** Issue 15: the run's warnings are its Issues report's, one per row, each pointing at its row; nothing else. */
    @Test
    void everyRowOfTheIssuesReportIsAWarningOfTheRun() throws IOException {
        Issues issues = new Issues();
        run(files(SAMPLE.resolve("ky-sis")), ReportFormat.CSV, dir, issues);
        List<String> lines = Files.readAllLines(dir.resolve("KECS_LEAD_Issues.csv"));
        List<String> rows = lines.subList(1, lines.size());
        assertEquals(19, rows.size(), "warnings 1-17, 2 and 3 twice");
        assertEquals(rows.size(), issues.countsBySeverity().get(Severity.WARNING));
        assertEquals(rows.size(), issues.size(), issues.all().toString());
        for (int i = 0; i < rows.size(); i++) {
            Issue issue = issues.all().get(i);
            String warning = rows.get(i).split(",")[1];
            assertEquals(String.format("KY-LEAD-ISSUES-%02d", Integer.parseInt(warning)), issue.rule());
            assertEquals("KECS_LEAD_Issues.csv", issue.file());
            assertEquals(i + 2L, issue.row(), "the row of the report, its header being row 1");
        }
        Issue lowe = issues.all().get(0);
        assertEquals("The following primary teachers are missing an active district assignment record for this school for the "
                + "current school year. Harlan Valley High (020), section 5206 Chemistry, PersonID 20012 Lee Lowe: No District "
                + "Assignment at school 020 overlapping 07/01/2025-06/30/2026", lowe.message());
        assertEquals("Section ID", lowe.field());
        assertEquals("5206", lowe.value());
        Issue caseManager = issues.all().stream().filter(i -> i.rule().equals("KY-LEAD-ISSUES-16")).findFirst().orElseThrow();
        assertEquals("PersonID", caseManager.field());
        assertEquals("20099", caseManager.value());
    }

    @Test
    void writesTheSixReportsWithTheirHeaders() throws IOException {
        List<Path> written = run(files(SAMPLE.resolve("ky-sis")), ReportFormat.CSV, dir, new Issues());
        assertEquals(REPORTS.stream().map(r -> dir.resolve(r + ".csv")).toList(), written);
        assertEquals("Date Time Generated,End Year,District Number,District Name,Case Manager Person ID,Student Count,"
                + "Primary Disability Counts", Files.readAllLines(dir.resolve("KECS_LEAD_Caseload.csv")).get(0));
        assertEquals(List.of("10/06/2025 09:05,2026,165,Harlan Valley Independent,0,2,OHI:1; SLD:1",
                        "10/06/2025 09:05,2026,165,Harlan Valley Independent,20003,3,AUT:1; EBD:1; SLI:1"),
                Files.readAllLines(dir.resolve("KECS_LEAD_Caseload.csv")).subList(1, 3));
    }

    @Test
    void theZipAndTheLooseFilesGiveIdenticalReports() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (InputFile f : files(SAMPLE.resolve("ky-sis"))) {
                out.putNextEntry(new ZipEntry("export/" + f.name()));
                Files.copy(f.path(), out);
                out.closeEntry();
            }
        }
        run(files(SAMPLE.resolve("ky-sis")), ReportFormat.CSV, dir.resolve("loose"), new Issues());
        run(List.of(InputFile.of(zip), new InputFile("_READY", SAMPLE.resolve("ky-sis/_READY"))), ReportFormat.CSV,
                dir.resolve("zip"), new Issues());
        for (String report : REPORTS) {
            assertEquals(Files.readAllLines(dir.resolve("loose/" + report + ".csv")),
                    Files.readAllLines(dir.resolve("zip/" + report + ".csv")), report);
        }
    }

    @Test
    void aBundleWithoutRostersIsRejectedNamingTheFile() throws IOException {
        List<InputFile> sis = files(SAMPLE.resolve("ky-sis")).stream().filter(f -> !f.name().equals("rosters.csv")).toList();
        InputRejected e = assertThrows(InputRejected.class, () -> run(sis, ReportFormat.CSV, dir, new Issues()));
        assertEquals("KY-SIS-MISSING-FILE", e.issue().rule());
        assertTrue(e.getMessage().contains("lacks rosters.csv"), e.getMessage());
    }

    @Test
    void sectionsWithoutStateCourseCodeIsRejectedNamingFileAndColumn() throws IOException {
        Path loose = dir.resolve("in");
        Files.createDirectories(loose);
        for (InputFile f : files(SAMPLE.resolve("ky-sis"))) Files.copy(f.path(), loose.resolve(f.name()));
        List<String> lines = Files.readAllLines(loose.resolve("sections.csv"));
        Files.write(loose.resolve("sections.csv"), lines.stream().map(l -> l.replaceFirst("^((?:[^,]*,){7})[^,]*,", "$1")).toList());
        InputRejected e = assertThrows(InputRejected.class, () -> run(files(loose), ReportFormat.CSV, dir, new Issues()));
        assertEquals("sections.csv", e.issue().file());
        assertEquals("state_course_code", e.issue().field());
        assertTrue(e.getMessage().contains("sections.csv lacks the required column state_course_code"), e.getMessage());
    }

    @Test
    void htmlReportsAreEscapedTables() throws IOException {
        List<Path> written = run(files(SAMPLE.resolve("ky-sis")), ReportFormat.HTML, dir, new Issues());
        assertEquals(dir.resolve("KECS_LEAD_Detail.html"), written.get(0));
        String html = Files.readString(dir.resolve("KECS_LEAD_Issues.html"));
        assertTrue(html.contains("<th>Date Time Generated</th><th>Warning</th>"), html);
        assertTrue(html.contains("<td>EPSB ID &#39; 400006&#39;</td>"), html);
    }

}
