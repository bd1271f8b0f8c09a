package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's start command on a fresh folder, and a district putting the sample files with the real OpenSSH
 * {@code sftp} client: the outputs and the mail (.eml, no SMTP server configured) appear.
 */
class OpenSshClientIT {
    @TempDir
    Path work;

    @Test
    void filesPutWithOpenSshAreProcessed() throws Exception {
        assumeTrue(new File("/usr/bin/sftp").canExecute(), "the OpenSSH sftp client is not installed");
        int port = TestFiles.freePort();
        Path jar = Path.of("target/edhub.jar").toAbsolutePath();
        Path samples = Path.of("samples/tx").toAbsolutePath();
        Process hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--edhub.embedded-sftp.port=" + port, "--server.port=0", "--management.server.port=0", "--edhub.settle-period=1s", "--edhub.poll-delay=500ms", "--edhub.mail.retry-delay=1s")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("hub.log").toFile()).start();
        try {
            Path knownHosts = work.resolve("data/sftp/known_hosts");
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(work.resolve("hub.log")).contains("edhub is running"));
            assertThat(knownHosts).exists();

            Path askpass = Files.writeString(work.resolve("askpass.sh"), "#!/bin/sh\necho lonestar\n");
            Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
            Path batch = Files.writeString(work.resolve("batch"), String.join("\n",
                    "put " + first(samples.resolve("tx-certifications")) + " inbound/tx-certifications/2018-2019/",
                    "put " + samples.resolve("tx-peims") + "/*.xml inbound/tx-peims/2018-2019/", ""));
            ProcessBuilder sftp = new ProcessBuilder("/usr/bin/sftp", "-o", "BatchMode=no", "-o", "UserKnownHostsFile=" + knownHosts,
                    "-o", "StrictHostKeyChecking=yes", "-P", Integer.toString(port), "-b", batch.toString(), "099902@localhost")
                    .redirectInput(new File("/dev/null")).redirectErrorStream(true).redirectOutput(work.resolve("sftp.log").toFile());
            sftp.environment().putAll(java.util.Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"));
            Process client = sftp.start();
            assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).as(Files.readString(work.resolve("sftp.log"))).isZero();

            Path outbound = work.resolve("data/sftp/099902/outbound/2018-2019");
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(outbound.resolve("PR1500_Part2.xlsx"))
                    && Files.exists(outbound.resolve("PR1500_Issues.csv")));
            await().atMost(Duration.ofSeconds(30)).until(() -> TestFiles.list(work.resolve("data/mail")).size() == 1);
            assertThat(Files.readString(TestFiles.list(work.resolve("data/mail")).get(0))).contains("To: peims.coordinator@lonestar-isd.example")
                    .contains("tx-pr1500 2018-2019");
        } finally {
            hub.destroy();
            hub.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Path first(Path folder) throws Exception {
        return TestFiles.list(folder).get(0);
    }

}
