package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the hub keeps is readable by its user only, whatever the umask (issue 13, item 5): the packaged jar started
 * with umask 000 runs the Texas sample; afterwards its database, mails, run folders and kept inputs, and every folder
 * of its data folder, are 600 and 700. The embedded SFTP server's district folders are the districts' own.
 */
class PrivateFilesIT {
    @TempDir
    Path work;

    @Test
    void everythingTheHubKeepsIsItsUsersOnlyWhenStartedWithAnOpenUmask() throws Exception {
        int port = TestFiles.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target/edhub.jar").toAbsolutePath().toString();
        Process hub = new ProcessBuilder("/bin/sh", "-c", "umask 000 && exec \"$0\" -jar \"$1\" --edhub.embedded-sftp.port=" + port
                + " --server.port=0 --management.server.port=0 --edhub.settle-period=1s --edhub.poll-delay=500ms --edhub.mail.retry-delay=1s", java, jar)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("hub.log").toFile()).start();
        Path data = work.resolve("data");
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(work.resolve("hub.log")).contains("edhub is running"));
            Path inbound = data.resolve("sftp/099902/inbound");
            for (String feed : List.of("tx-certifications", "tx-peims")) {
                for (Path sample : TestFiles.list(Path.of("samples/tx").resolve(feed))) {
                    Path part = inbound.resolve(feed + "/2018-2019/" + sample.getFileName() + ".part");
                    Files.copy(sample, part);
                    Files.move(part, part.resolveSibling(sample.getFileName()));
                }
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> Files.isDirectory(data.resolve("mail"))
                    && TestFiles.list(data.resolve("mail")).size() == 1);
        } finally {
            hub.destroy();
            hub.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(TestFiles.list(data.resolve("mail")).get(0))).contains("tx-pr1500 2018-2019");
        for (String kept : List.of("edhub.mv.db", "mail", "runs", "inputs")) assertThat(data.resolve(kept)).exists();
        try (Stream<Path> all = Files.walk(data)) {
            List<Path> open = all.filter(p -> !p.startsWith(data.resolve("sftp")) || p.equals(data.resolve("sftp")))
                    .filter(p -> !Files.isSymbolicLink(p))
                    .filter(p -> !PosixFilePermissions.toString(permissions(p)).equals(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            ? "rwx------" : "rw-------")).toList();
            assertThat(open).as("readable by others").isEmpty();
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
