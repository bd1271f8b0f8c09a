package org.edhub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run exactly as the README and hub.md say, in its own process. */
class RunJarIT {
    @TempDir
    Path out;

    @Test
    void pr1500FromTheJar() throws Exception {
        assertThat(java("run", "tx-pr1500", "--year", "2018-2019", "--in", "samples/tx", "--out", out.toString())).isZero();
        assertThat(out.resolve("PR1500_Part2_Elementary.csv")).exists();
        assertThat(out.resolve("PR1500_Part2_Secondary.csv")).exists();
        assertThat(out.resolve("PR1500_Part2_Teachers.csv")).exists();
        assertThat(out.resolve("PR1500_Part2.xlsx")).exists();
        assertThat(out.resolve("PR1500_Issues.csv")).exists();
    }

    @Test
    void leadExtractFromTheJarInCsvAndHtml() throws Exception {
        assertThat(java("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString())).isZero();
        for (String report : List.of("Detail", "Staff", "Classes", "Caseload", "Schoolwide", "Issues")) {
            assertThat(out.resolve("KECS_LEAD_" + report + ".csv")).exists();
        }
        assertThat(java("run", "ky-lead-extract", "--year", "2025-2026", "--in", "samples/ky", "--out", out.resolve("h").toString(),
                "--format", "html")).isZero();
        assertThat(out.resolve("h/KECS_LEAD_Detail.html")).exists();
    }

    @Test
    void leadValidationFromTheJar() throws Exception {
        assertThat(java("run", "ky-lead-validation", "--year", "2025-2026", "--in", "samples/ky", "--out", out.toString())).isZero();
        for (String output : List.of("LEAD_Course_Validations.csv", "LEAD_Caseload_Validations.csv", "LEAD_Munis_Validations.csv",
                "LEAD_Validation_Summary.csv", "EERP_EPSB_Upload.csv", "EERP_EPSB_Upload_Validation.csv", "KECS_LEAD_Detail.csv",
                "LEAD_Validation_Run_Issues.csv")) {
            assertThat(out.resolve(output)).exists();
        }
    }

    @Test
    void theLauncherRunsTheUnpackedJarWithItsJvmOptions() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("target/edhub/edhub", "run", "ky-lead-validation", "--year", "2025-2026",
                "--in", "samples/ky", "--out", out.toString()).redirectErrorStream(true);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        launcher.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
        launcher.environment().put("EDHUB_JAVA_OPTIONS", "-XX:+PrintCommandLineFlags");
        Process process = launcher.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000");
        assertThat(out.resolve("EERP_EPSB_Upload.csv")).exists();
        assertThat(out.resolve("KECS_LEAD_Detail.csv")).exists();
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        assertThat(java("run", "tx-pr1500")).isEqualTo(2);
    }

    private static int java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target" + File.separator + "edhub.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
