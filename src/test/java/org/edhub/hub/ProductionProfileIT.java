package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with the production profile and the shipped defaults (issue 13, item 1): it exits non-zero within
 * seconds, naming the demo users it will not run with. The demo itself, started with no profile, is
 * {@link OpenSshClientIT}.
 */
class ProductionProfileIT {
    @TempDir
    Path data;

    @Test
    void theProductionProfileWithTheShippedDefaultsRefusesToStartNamingTheDemoUsers() throws Exception {
        Path output = data.resolve("out.txt");
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/edhub.jar").toAbsolutePath().toString(), "--spring.profiles.active=production",
                "--edhub.data-dir=" + data.resolve("data"), "--server.port=0", "--management.server.port=0")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long started = System.nanoTime();
        boolean exited = hub.waitFor(60, TimeUnit.SECONDS);
        if (!exited) hub.destroyForcibly();
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(exited).as("exits by itself: %s", said).isTrue();
        assertThat(hub.exitValue()).isNotZero();
        assertThat(said).contains("The production profile refuses to start")
                .contains("edhub.users: no dashboard user is configured. The demo profile's users [admin, bluegrass, lonestar]");
        assertThat(said).doesNotContain("Started pickup").doesNotContain("Tomcat started");
        System.out.printf("production profile refused in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
