package org.edhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
