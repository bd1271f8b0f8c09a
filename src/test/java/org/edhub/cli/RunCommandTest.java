package org.edhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.TestFiles;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.edhub.kentucky.LeadExtractProgram;
import org.edhub.kentucky.extract.ExtractOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of hub.md, in process: exit codes, outputs, messages. */
class RunCommandTest {
    @TempDir
    Path out;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunCommand.execute(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Test
    void pr1500WritesItsOutputsAndIssueReport() {
        int status = run("run", "tx-pr1500", "--year", "2018-2019", "--in", "samples/tx", "--out", out.toString(), "--district", "099902");
        assertThat(status).as(stderr.toString()).isZero();
        assertThat(out.resolve("PR1500_Part2_Elementary.csv")).exists();
        assertThat(out.resolve("PR1500_Part2.xlsx")).exists();
        assertThat(out.resolve("PR1500_Issues.csv")).content().contains("TX-PR1500-SERVICE-ID-UNMAPPED");
        assertThat(stdout.toString()).contains("PR1500_Part2_Secondary.csv");
    }

    @Test
    void leadExtractWritesCsvOrHtml() {
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString())).isZero();
        assertThat(out.resolve("KECS_LEAD_Detail.csv")).exists();
        assertThat(out.resolve("KECS_LEAD_Issues.csv")).exists();
        Path html = out.resolve("html");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", html.toString(),
                "--format", "html")).isZero();
        assertThat(html.resolve("KECS_LEAD_Classes.html")).content().contains("<table");
    }

    @Test
    void aMidYearLeadExtractReportsOnTheDaysAsked() throws Exception {
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.resolve("mid").toString(),
                "--through", "2025-12-01")).as(stderr.toString()).isZero();
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.resolve("year").toString()))
                .isZero();
        Path expected = out.resolve("expected");
        SchoolYear year = SchoolYear.parse("2025-2026");
        Map<String, List<InputFile>> inputs = new LinkedHashMap<>();
        for (String feed : List.of("ky-kecs", "ky-sis")) {
            inputs.put(feed, TestFiles.list(Path.of("samples/ky", feed)).stream().map(InputFile::of).toList());
        }
        new LeadExtractProgram().run(new ProgramRequest(RunOptions.LOCAL, year, inputs, expected, ReportFormat.CSV,
                new Mappings(Path.of("mappings")), new Issues()), ExtractOptions.of(year, ReportFormat.CSV)
                .withRange(null, LocalDate.of(2025, 12, 1)));

        String mid = detail(out.resolve("mid"));
        assertThat(mid).as("the extract over the days asked").isEqualTo(detail(expected))
                .isNotEqualTo(detail(out.resolve("year")))
                .as("a student whose enrollment ended on 2025-12-19 is in the class on 2025-12-01").contains(",30105,");
        assertThat(detail(out.resolve("year"))).doesNotContain(",30105,");
    }

    /** The Detail report of a run, its first column (the time it was generated) left out. */
    private static String detail(Path dir) throws Exception {
        return String.join("\n", Files.readAllLines(dir.resolve("KECS_LEAD_Detail.csv")).stream()
                .map(line -> line.substring(line.indexOf(',') + 1)).toList());
    }

    @Test
    void aReportPeriodOutsideTheYearOrForASnapshotProgramIsAUsageError() {
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString(),
                "--through", "2026-07-01")).isEqualTo(2);
        assertThat(stderr.toString()).contains("2026-07-01 is not a day of the school year 2025-2026 (2025-07-01 to 2026-06-30)");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString(),
                "--from", "2026-03-01", "--through", "2026-02-01")).isEqualTo(2);
        assertThat(stderr.toString()).contains("the period ends (2026-02-01) before it starts (2026-03-01)");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString(),
                "--from", "1/5/2026")).isEqualTo(2);
        assertThat(stderr.toString()).contains("--from is a day as YYYY-MM-DD, not 1/5/2026");
        assertThat(run("run", "tx-pr1500", "--year", "2018-2019", "--in", "samples/tx", "--out", out.toString(),
                "--through", "2019-01-31")).isEqualTo(2);
        assertThat(stderr.toString()).contains("tx-pr1500 reports on one snapshot of the year: it takes no --from or --through");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy() {
        assertThat(run("run", "tx-pr1501", "--year", "2018-2019", "--in", "samples/tx", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("'tx-pr1501' is not a program").contains("usage:");
        assertThat(run("run", "tx-pr1500", "--year", "2018-2020", "--in", "samples/tx", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("'2018-2020' is not a school year");
        assertThat(run("run", "tx-pr1500", "--in", "samples/tx")).isEqualTo(2);
    }

    @Test
    void aRejectedInputExitsWithOneNamingTheFileAndProblem() throws Exception {
        Path in = out.resolve("in");
        Files.createDirectories(in.resolve("tx-certifications"));
        Files.createDirectories(in.resolve("tx-peims"));
        Files.writeString(in.resolve("tx-certifications/ecos.csv"), "123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE\n");
        Files.writeString(in.resolve("tx-peims/staff.xml"), "<?xml version=\"1.0\"?>\n<Interchange xmlns=\"urn:other\"/>\n");
        assertThat(run("run", "tx-pr1500", "--year", "2018-2019", "--in", in.toString(), "--out", out.resolve("o").toString())).isEqualTo(1);
        assertThat(stderr.toString()).contains("staff.xml").contains("not the TSDS namespace");
        assertThat(out.resolve("o/PR1500_Issues.csv")).content().contains("staff.xml");
    }
}
