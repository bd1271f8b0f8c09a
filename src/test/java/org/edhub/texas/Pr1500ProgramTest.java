package org.edhub.texas;

import org.edhub.texas.report.Pr1500Columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program over samples/tx, as the command line runs it; expectations counted by hand from samples/tx/README.md. */
class Pr1500ProgramTest {
    static final Path SAMPLES = Path.of("samples/tx");
    @TempDir
    Path out;
    final Issues issues = new Issues();
    final Pr1500Program program = new Pr1500Program();

    List<Path> runSamples() throws IOException {
        Map<String, List<InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, files(SAMPLES.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, files(SAMPLES.resolve(Pr1500Program.PEIMS)));
        return program.run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"), inputs, out, ReportFormat.CSV,
                Mappings.defaults(), issues)).outputs();
    }

    static List<InputFile> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().map(InputFile::of).toList();
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    static CSVRecord row(List<CSVRecord> rows, String campus, String assignment) {
        return rows.stream().filter(r -> r.get("Campus ID").equals(campus) && r.get("Assignment").equals(assignment))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + campus + " " + assignment));
    }

    static List<String> counts(CSVRecord r) {
        List<String> c = new ArrayList<>();
        for (int i = Pr1500Columns.FIRST_COUNT; i < r.size(); i++) c.add(r.get(i));
        return c;
    }

    @Test
    void writesTheFourOutputsOverTheSampleDistrict() throws IOException {
        List<Path> written = runSamples();
        assertEquals(List.of(Pr1500Program.ELEMENTARY_CSV, Pr1500Program.SECONDARY_CSV, Pr1500Program.TEACHERS_CSV,
                Pr1500Program.WORKBOOK), written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : written) assertTrue(Files.size(p) > 0, p.toString());
        assertEquals(Set.of(Pr1500Program.ELEMENTARY_CSV, Pr1500Program.SECONDARY_CSV, Pr1500Program.TEACHERS_CSV,
                Pr1500Program.WORKBOOK), Files.list(out).map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }

    @Test
    void elementaryCountsMatchTheHandCount() throws IOException {
        runSamples();
        List<CSVRecord> elem = csv(out.resolve(Pr1500Program.ELEMENTARY_CSV));
        assertEquals(Pr1500Columns.REPORT, List.copyOf(csv(out.resolve(Pr1500Program.ELEMENTARY_CSV)).get(0).getParser().getHeaderNames()));
        //                               Total Std Pro Int Eme DP VIT NoC  Beg 1-5 6-10 11-20 21-30 >30 NR
        assertEquals(List.of("6", "4", "1", "1", "0", "0", "0", "1", "1", "1", "1", "1", "1", "1", "0"),
                counts(row(elem, "099902101", "Generalist")));
        assertEquals(List.of("1", "0", "1", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0"),
                counts(row(elem, "099902101", "Mathematics")));
        assertEquals(List.of("6", "3", "1", "0", "1", "0", "1", "0", "1", "1", "1", "1", "1", "0", "1"),
                counts(row(elem, "099902102", "Generalist")));
        assertEquals(List.of("1", "0", "0", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0"),
                counts(row(elem, "099902102", "Other")));
        assertEquals("*", row(elem, "099902102", "Generalist").get("Both Levels (*)"));
        assertEquals("", row(elem, "099902101", "Generalist").get("Both Levels (*)"));
        assertEquals(List.of("099902101", "099902101", "099902101", "099902102", "099902102"),
                elem.stream().map(r -> r.get("Campus ID")).toList());
        assertEquals(List.of("Generalist", "Mathematics", "Languages Other Than English", "Generalist", "Other"),
                elem.stream().map(r -> r.get("Assignment")).toList());
    }

    @Test
    void secondaryCountsMatchTheHandCount() throws IOException {
        runSamples();
        List<CSVRecord> sec = csv(out.resolve(Pr1500Program.SECONDARY_CSV));
        assertEquals(List.of("3", "1", "0", "1", "0", "0", "0", "1", "0", "0", "0", "2", "1", "0", "0"),
                counts(row(sec, "099902001", "Science")));
        assertEquals(List.of("1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0"),
                counts(row(sec, "099902001", "Mathematics")));
        assertEquals(List.of("2", "2", "0", "0", "0", "0", "0", "0", "0", "1", "1", "0", "0", "0", "0"),
                counts(row(sec, "099902001", "English Language Arts/Reading")));
        assertEquals("1", row(sec, "099902001", "Career and Technical Education").get("Emergency"));
        assertEquals("1", row(sec, "099902102", "Other").get("District Permit"));
        assertEquals("1", row(sec, "099902102", "Generalist").get("Emergency"));
        assertTrue(sec.stream().noneMatch(r -> r.get("Campus ID").equals("099902999")), "no enrollments, not counted");
        for (CSVRecord r : sec) {
            int buckets = 0;
            for (int i = 12; i < r.size(); i++) buckets += Integer.parseInt(r.get(i));
            assertEquals(Integer.parseInt(r.get("Total Teachers")), buckets, r.toString());
        }
    }

    @Test
    void theDrillDownNamesTheTeachersWithoutAnySsn() throws IOException {
        runSamples();
        List<CSVRecord> teachers = csv(out.resolve(Pr1500Program.TEACHERS_CSV));
        CSVRecord wilson = teachers.stream().filter(t -> t.get("Last Name").equals("Wilson")
                && t.get("Assignment").equals("Mathematics")).findFirst().orElseThrow();
        assertEquals("03100500; 03100700", wilson.get("Service IDs"));
        assertEquals("3", wilson.get("Classes"));
        assertEquals("84", wilson.get("Students in Class"));
        assertEquals("PRV; STD", wilson.get("Cert Types"));
        assertEquals("Life; 12/31/2020", wilson.get("Expire Dates"));
        String all = Files.readString(out.resolve(Pr1500Program.TEACHERS_CSV));
        assertTrue(!all.matches("(?s).*\\b9000000\\d\\d\\b.*"), "an SSN was written to the drill-down");
    }

    @Test
    void theSampleTriggersTheIssuesItsReadmeLists() throws IOException {
        runSamples();
        Map<String, Long> byRule = issues.all().stream().collect(Collectors.groupingBy(Issue::rule, Collectors.counting()));
        assertEquals(Map.of("TX-PR1500-CERT-TYPE-UNKNOWN", 1L, "TX-PR1500-CERT-GRADE-LEVEL", 1L,
                "TX-PR1500-NO-STAFF-RECORD", 1L, "TX-PR1500-SERVICE-ID-UNMAPPED", 1L, "TX-PR1500-SERVICE-ID-LEVEL", 1L,
                "TX-PR1500-CAMPUS-NO-ENROLLMENT", 1L, "TX-PR1500-CAMPUS-LEFT-OUT", 1L, "TX-PR1500-GRADE-LEVEL-CODE", 1L), byRule);
        Issue unmapped = issues.all().stream().filter(i -> i.rule().equals("TX-PR1500-SERVICE-ID-UNMAPPED")).findFirst().orElseThrow();
        assertEquals("N1290001", unmapped.value());
        assertEquals("099902_2019_Fall_StaffAssociation.xml", unmapped.file());
        assertTrue(unmapped.row() > 1);
    }

    @Test
    void checkReadsOneInputAloneAndRejectsUnreadableXml(@TempDir Path dir) throws IOException {
        program.check(Pr1500Program.PEIMS, files(SAMPLES.resolve(Pr1500Program.PEIMS)), Mappings.defaults(), issues, dir);
        program.check(Pr1500Program.CERTIFICATIONS, files(SAMPLES.resolve(Pr1500Program.CERTIFICATIONS)),
                Mappings.defaults(), issues, dir);
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<I xmlns=\"http://www.tea.state.tx.us/tsds\"><a></I>");
        InputRejected e = assertThrows(InputRejected.class,
                () -> program.check(Pr1500Program.PEIMS, List.of(InputFile.of(bad)), Mappings.defaults(), issues, dir));
        assertEquals("TX-PR1500-XML-NOT-WELL-FORMED", e.issue().rule());
        assertEquals(List.of("tx-certifications", "tx-peims"), program.feeds().stream().map(f -> f.folder()).toList());
    }

    @Test
    void theRunMailListsTheUnmappedServiceIdsWithHowManyTeachersHoldEach() throws IOException {
        Map<String, List<InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, files(SAMPLES.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, files(SAMPLES.resolve(Pr1500Program.PEIMS)));
        String summary = program.run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"), inputs, out,
                ReportFormat.CSV, Mappings.defaults(), issues)).summary();
        assertTrue(summary.startsWith("Unmapped service IDs"), summary);
        assertTrue(summary.contains("  N1290001: 1 teacher\n"), summary);
        assertEquals("Unmapped service IDs (counted under Other until mappings/tx/service-ids.csv has a row for them): 2\n"
                + "  03200520: 3 teachers\n  N1290001: 1 teacher\n",
                Pr1500Program.summary(new java.util.TreeMap<>(Map.of("N1290001", 1, "03200520", 3))));
    }

    @Test
    void aHeaderedEcosFileWithTheColumnsShuffledGivesTheSameCountsAsTheSevenColumnFile(@TempDir Path in) throws IOException {
        runSamples();
        List<String> seven = List.of(Pr1500Program.ELEMENTARY_CSV, Pr1500Program.SECONDARY_CSV, Pr1500Program.TEACHERS_CSV);
        Map<String, String> expected = new java.util.HashMap<>();
        for (String name : seven) expected.put(name, Files.readString(out.resolve(name)));
        // today's download: 28 named columns, the seven among them in another order, and an identifier column
        List<String> header = new ArrayList<>(List.of("First Name", "Middle Name", "Last Name", "Suffix", "Gender",
                "Ethnicity", "Ethnicity Description", "Standard Code", "Program Opt Code", "Field Code", "Cert Lvl Code",
                "Cert Level", "Section Desc", "Cert Desc", "Grade Level", "Type Description", "Test Print",
                "Cert Effective Date", "Cert Expire Date", "Cert Status Desc", "Cert Typ Code", "Cert Type",
                "Santion Type", "Sanction Begin Date", "Sanction End Date", "Sanction Status", "Teacher Designation",
                "Designation Expiry Date"));
        header.add(3, "TX Unique Staff ID");
        Path ecos = files(SAMPLES.resolve(Pr1500Program.CERTIFICATIONS)).get(0).path();
        StringBuilder b = new StringBuilder(String.join(",", header)).append("\r\n");
        try (Reader r = Files.newBufferedReader(ecos)) {
            for (CSVRecord row : CSVFormat.DEFAULT.parse(r)) {
                String[] cells = new String[header.size()];
                java.util.Arrays.fill(cells, "x");
                String[] names = {"TX Unique Staff ID", "Cert Typ Code", "Cert Effective Date", "Cert Expire Date",
                        "Grade Level", "Cert Lvl Code", "Field Code"};
                for (int c = 0; c < 7; c++) cells[header.indexOf(names[c])] = row.get(c);
                b.append(Stream.of(cells).map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                        .append("\r\n");
            }
        }
        Path certs = Files.createDirectories(in.resolve(Pr1500Program.CERTIFICATIONS)).resolve(ecos.getFileName());
        Files.writeString(certs, b);
        Path shuffledOut = Files.createDirectories(in.resolve("out"));
        Map<String, List<InputFile>> inputs = Map.of(Pr1500Program.CERTIFICATIONS, List.of(InputFile.of(certs)),
                Pr1500Program.PEIMS, files(SAMPLES.resolve(Pr1500Program.PEIMS)));
        Issues headered = new Issues();
        program.run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"), inputs, shuffledOut, ReportFormat.CSV,
                Mappings.defaults(), headered));
        for (String name : seven) assertEquals(expected.get(name), Files.readString(shuffledOut.resolve(name)), name);
        assertEquals(issues.all().stream().map(Issue::rule).toList(), headered.all().stream().map(Issue::rule).toList());
    }
}
