package org.edhub.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's temporary folder: deleted with all it holds when the run ends; at start-up only those a stop left behind. */
class TemporaryFolderTest {
    @TempDir
    Path parent;

    @Test
    void theFolderAndAllItHoldsAreDeletedWhenTheRunEnds() throws IOException {
        Path path;
        try (TemporaryFolder folder = TemporaryFolder.create(parent.resolve("tmp"), "12")) {
            path = folder.path();
            assertThat(path.getFileName().toString()).startsWith("edhub-run-12-");
            Files.writeString(Files.createDirectories(path.resolve("pr1500-parts1")).resolve("certificates-0-0"), "900000001");
        }
        assertThat(path).doesNotExist();
        assertThat(TestFiles.list(parent.resolve("tmp"))).isEmpty();
    }

    @Test
    void theSweepDeletesTheFoldersOfRunsAStopInterruptedAndNothingElse() throws IOException {
        Path crashed = Files.createDirectories(parent.resolve("edhub-run-7-123"));
        Files.createFile(crashed.resolve(".lock"));
        Files.writeString(Files.createDirectories(crashed.resolve("pr1500-parts9")).resolve("ssns-0-0"), "900000001");
        Path oldWithoutLock = Files.createDirectories(parent.resolve("edhub-run-8-456"));
        Files.setLastModifiedTime(oldWithoutLock, FileTime.from(Instant.now().minusSeconds(3600)));
        Path beingMade = Files.createDirectories(parent.resolve("edhub-run-9-789"));
        Path other = Files.writeString(parent.resolve("notes.txt"), "kept");

        try (TemporaryFolder running = TemporaryFolder.create(parent, "10")) {
            assertThat(TemporaryFolder.sweep(parent)).isEqualTo(2);
            assertThat(crashed).doesNotExist();
            assertThat(oldWithoutLock).doesNotExist();
            assertThat(beingMade).exists();
            assertThat(running.path()).exists();
            assertThat(other).exists();
        }
    }

    @Test
    void aFolderAnotherProcessHoldsIsLeftAloneUntilThatProcessIsKilled() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), parent.toString()).redirectErrorStream(true).start();
        try {
            Path held = Path.of(new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine());
            assertThat(TemporaryFolder.sweep(parent)).isZero();
            assertThat(held).exists();
            holder.destroyForcibly().waitFor();
            assertThat(TemporaryFolder.sweep(parent)).isEqualTo(1);
            assertThat(held).doesNotExist();
        } finally {
            holder.destroyForcibly();
        }
    }

    /** A run in another process: makes its folder, says where, and runs until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            TemporaryFolder folder = TemporaryFolder.create(Path.of(args[0]), "held");
            Files.writeString(folder.path().resolve("spill"), "900000001");
            System.out.println(folder.path());
            Thread.sleep(60_000);
        }
    }

    @Test
    void noFolderNothingToSweep() {
        assertThat(TemporaryFolder.sweep(parent.resolve("missing"))).isZero();
    }
}
