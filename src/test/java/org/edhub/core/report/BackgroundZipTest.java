package org.edhub.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class BackgroundZipTest {
    @Test
    void entriesAndTheirBytesAreWrittenInTheOrderGivenThroughTheBuffers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] expected = new byte[BackgroundZip.BUFFER_SIZE * (BackgroundZip.BUFFERS * 3) + 17];
        for (int i = 0; i < expected.length; i++) expected[i] = (byte) (i * 31 + i / 7);
        try (BackgroundZip zip = new BackgroundZip(out)) {
            zip.putNextEntry("big.bin");
            for (int from = 0; from < expected.length; from += BackgroundZip.BUFFER_SIZE) {
                byte[] buffer = zip.buffer();
                int n = Math.min(BackgroundZip.BUFFER_SIZE, expected.length - from);
                System.arraycopy(expected, from, buffer, 0, n);
                Arrays.fill(buffer, n, buffer.length, (byte) 'x'); // bytes past the length are not written
                zip.write(buffer, n);
            }
            zip.closeEntry();
            zip.putNextEntry("small.txt");
            zip.write("second".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry first = in.getNextEntry();
            assertEquals("big.bin", first.getName());
            assertArrayEquals(expected, in.readAllBytes());
            assertEquals("small.txt", in.getNextEntry().getName());
            assertEquals("second", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertNull(in.getNextEntry());
        }
    }

    @Test
    void aFailedWriteIsThrownByTheNextCallAndNeverLeavesTheWriterWaitingForABuffer() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        IOException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(IOException.class, () -> {
            try (BackgroundZip zip = new BackgroundZip(full)) {
                zip.putNextEntry("sheet.xml");
                for (int i = 0; i < 10_000; i++) {
                    byte[] buffer = zip.buffer();
                    Arrays.fill(buffer, (byte) i); // varied, so that deflated output reaches the stream
                    zip.write(buffer, buffer.length);
                }
                zip.finish();
            }
        }));
        assertEquals("No space left on device", thrown.getMessage());
    }
}
