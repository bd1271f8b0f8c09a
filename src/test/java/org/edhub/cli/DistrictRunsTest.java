package org.edhub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} over a folder of district folders: every district runs, into its own folder, in one process. */
class DistrictRunsTest {
    @TempDir
    Path temp;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunCommand.execute(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private Path state(String... districts) throws IOException {
        Path in = temp.resolve("in");
        for (String district : districts) copy(Path.of("samples/ky"), in.resolve(district));
        return in;
    }

    @Test
    void everyDistrictFolderGetsItsOutputsAndIssueReport() throws IOException {
        Path in = state("101", "102");
        Path out = temp.resolve("out");
        int status = run("run", "ky-lead-validation", "--year", "2025-2026", "--in", in.toString(), "--out", out.toString(),
                "--threads", "2");
        assertThat(status).as(stderr.toString()).isZero();
        for (String district : new String[] {"101", "102"}) {
            assertThat(out.resolve(district + "/KECS_LEAD_Detail.csv")).exists();
            assertThat(out.resolve(district + "/LEAD_Course_Validations.csv")).exists();
            assertThat(out.resolve(district + "/LEAD_Validation_Run_Issues.csv")).exists();
        }
        assertThat(out.resolve("KECS_LEAD_Detail.csv")).doesNotExist();
        assertThat(stderr.toString()).contains("2 district folder(s)").contains("edhub [101]: done").contains("edhub [102]: done")
                .contains("2 completed, 0 rejected, 0 failed");
        assertThat(stdout.toString()).contains(out.resolve("102/KECS_LEAD_Caseload.csv").toString());
    }

    @Test
    void aDistrictRunsAsItWouldAlone() throws IOException {
        Path in = state("101");
        Path out = temp.resolve("out");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", in.toString(), "--out", out.toString())).isZero();
        Path alone = temp.resolve("alone");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", in.resolve("101").toString(), "--out",
                alone.toString())).isZero();
        assertThat(out.resolve("101/KECS_LEAD_Classes.csv")).hasSameTextualContentAs(alone.resolve("KECS_LEAD_Classes.csv"));
        assertThat(out.resolve("101/KECS_LEAD_Caseload.csv")).hasSameTextualContentAs(alone.resolve("KECS_LEAD_Caseload.csv"));
    }

    @Test
    void aRejectedDistrictExitsWithOneWhileTheOthersComplete() throws IOException {
        Path in = state("101", "102", "103");
        Files.delete(in.resolve("102/ky-sis/rosters.csv"));
        Path out = temp.resolve("out");
        int status = run("run", "ky-lead-validation", "--year", "2025-2026", "--in", in.toString(), "--out", out.toString(),
                "--threads", "1");
        assertThat(status).isEqualTo(1);
        assertThat(out.resolve("101/LEAD_Validation_Summary.csv")).exists();
        assertThat(out.resolve("103/LEAD_Validation_Summary.csv")).exists();
        assertThat(out.resolve("102/LEAD_Validation_Summary.csv")).doesNotExist();
        assertThat(out.resolve("102/LEAD_Validation_Run_Issues.csv")).content().contains("rosters.csv");
        assertThat(stderr.toString()).contains("edhub [102] run: rejected").contains("2 completed, 1 rejected, 0 failed");
    }

    @Test
    void aDistrictThatFailsLetsTheOthersFinishThenFailsTheRun() throws IOException {
        Path in = state("101", "102", "103");
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("102"), "a file where district 102's output folder should go");
        assertThatThrownBy(() -> run("run", "ky-lead-extract", "--year", "2025-2026", "--in", in.toString(), "--out",
                out.toString(), "--threads", "1")).isInstanceOf(RuntimeException.class);
        assertThat(out.resolve("101/KECS_LEAD_Detail.csv")).exists();
        assertThat(out.resolve("103/KECS_LEAD_Detail.csv")).exists();
        assertThat(stderr.toString()).contains("edhub [102] run: failed").contains("2 completed, 0 rejected, 1 failed");
    }

    @Test
    void threadsMustBeAPositiveNumber() throws IOException {
        Path in = state("101");
        assertThat(run("run", "ky-lead-extract", "--year", "2025-2026", "--in", in.toString(), "--out", temp.toString(),
                "--threads", "0")).isEqualTo(2);
        assertThat(stderr.toString()).contains("--threads is a number of threads");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
    }
}
