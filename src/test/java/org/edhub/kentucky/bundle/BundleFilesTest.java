package org.edhub.kentucky.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.program.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, zip bundles: checked before they are unpacked, and a bomb stops at the cap. */
class BundleFilesTest {
    static final ZipLimits SMALL = new ZipLimits(10, 1 << 20);
    @TempDir
    Path dir;

    interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    InputFile zip(Entries entries) throws IOException {
        Path file = dir.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entries.write(zip);
        }
        return InputFile.of(file);
    }

    static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    String rejection(InputFile zip) {
        try (BundleFiles files = BundleFiles.open("ky-sis", List.of(zip), dir.resolve("tmp"), SMALL)) {
            throw new AssertionError("accepted: " + files);
        } catch (InputRejected e) {
            assertThat(e.issue().file()).isEqualTo("bundle.zip");
            assertThat(e.issue().rule()).isEqualTo("KY-SIS-UNREADABLE");
            return e.issue().message();
        }
    }

    @Test
    void aGoodZipUnpacksByFileNameAndIgnoresFoldersHiddenFilesAndTheMarker() throws IOException {
        InputFile zip = zip(z -> {
            entry(z, "export/schools.csv", "a\n".getBytes());
            entry(z, "__MACOSX/._schools.csv", new byte[3]);
            entry(z, ".DS_Store", new byte[3]);
            entry(z, "_READY", new byte[0]);
        });
        try (BundleFiles files = BundleFiles.open("ky-sis", List.of(zip), dir.resolve("tmp"), SMALL)) {
            assertThat(Files.readString(files.require("schools.csv").path())).isEqualTo("a\n");
            assertThatThrownBy(() -> files.require("sections.csv")).isInstanceOf(InputRejected.class)
                    .satisfies(e -> assertThat(((InputRejected) e).issue().file())
                            .as("a bundle that lacks a file: the zip is what is rejected").isEqualTo("bundle.zip"));
        }
    }

    @Test
    void anEntryWithoutAFileNameIsIgnoredNotAFailure() throws IOException {
        InputFile zip = zip(z -> {
            z.putNextEntry(new ZipEntry("/"));
            z.closeEntry();
            entry(z, "schools.csv", "a\n".getBytes());
        });
        try (BundleFiles files = BundleFiles.open("ky-sis", List.of(zip), dir.resolve("tmp"), SMALL)) {
            assertThat(files.find("schools.csv")).isPresent();
        }
    }

    @Test
    void tooManyEntriesTwoEntriesOfOneNameAndNotAZipAreRejectedBeforeUnpacking() throws IOException {
        assertThat(rejection(zip(z -> {
            for (int i = 0; i < 11; i++) entry(z, "f" + i + ".csv", new byte[1]);
        }))).isEqualTo("bundle.zip cannot be unpacked: it holds 11 entries, more than the 10 a bundle may hold");
        assertThat(rejection(zip(z -> {
            entry(z, "a/schools.csv", new byte[1]);
            entry(z, "b/Schools.csv", new byte[1]);
        }))).isEqualTo("bundle.zip cannot be unpacked: entries a/schools.csv and b/Schools.csv are both Schools.csv");
        Files.writeString(dir.resolve("bundle.zip"), "not a zip");
        assertThat(rejection(InputFile.of(dir.resolve("bundle.zip")))).startsWith("bundle.zip cannot be unpacked: it is not a zip archive");
    }

    @Test
    void aZipBombStopsAtTheCap() throws IOException {
        byte[] megabyte = new byte[1 << 20];
        InputFile bomb = zip(z -> {
            z.putNextEntry(new ZipEntry("schools.csv"));
            for (int i = 0; i < 64; i++) z.write(megabyte); // 64 MB of zeros: a few kilobytes zipped
            z.closeEntry();
        });
        assertThat(Files.size(bomb.path())).isLessThan(200_000);
        assertThat(rejection(bomb)).isEqualTo("bundle.zip cannot be unpacked: its files unpack to more than 1048576 bytes, "
                + "the most a bundle may hold");
        try (var left = Files.list(Files.createDirectories(dir.resolve("tmp")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("ky-sis-"))
                    .filter(p -> { try { return Files.size(p.resolve("schools.csv")) > 0; } catch (IOException e) { return false; } }))
                    .as("nothing of the bomb left unpacked").isEmpty();
        }
    }

    @Test
    void aZipThatUnderstatesAnEntrysSizeStopsAtTheSizeItDeclares() throws IOException {
        InputFile liar = zip(z -> {
            z.putNextEntry(new ZipEntry("schools.csv"));
            z.write(new byte[512 * 1024]); // within the cap of 1 MiB, but far more than the 1,000 bytes declared below
            z.closeEntry();
        });
        byte[] bytes = Files.readAllBytes(liar.path());
        for (int i = 0; i + 28 < bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) { // central directory
                java.nio.ByteBuffer.wrap(bytes, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1000);
            }
        }
        Files.write(liar.path(), bytes);
        assertThat(rejection(liar)).isEqualTo("bundle.zip cannot be unpacked: entry schools.csv unpacks to more than the 1000 "
                + "bytes it declares");
    }
}
