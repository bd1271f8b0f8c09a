package org.edhub.texas.tsds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast check agrees with the byte-by-byte definition, whatever the sizes of the reads. */
class MarkupLimitTest {
    private static final int LIMIT = MarkupLimit.LIMIT;

    @TempDir
    Path dir;

    @Test
    void aRunOfExactlyTheLimitPassesAndOneByteMoreIsStoppedAtItsStart() throws IOException {
        assertEquals(-1, stoppedAt(bytes("<a>", LIMIT, "</a>"), new Random(1)));
        assertEquals(3, stoppedAt(bytes("<a>", LIMIT + 1, "</a>"), new Random(2)));
        assertEquals(0, stoppedAt(bytes("", LIMIT + 1, "<a/>"), new Random(3)));
        assertEquals(-1, stoppedAt(bytes("<a>", LIMIT, ""), new Random(4)), "a run at the end of the file");
    }

    @Test
    void agreesWithTheByteByByteDefinitionOnRandomFilesAndReadSizes() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] data = new byte[random.nextInt(4 * LIMIT)];
            int gap = random.nextBoolean() ? 50 : LIMIT / 3 + random.nextInt(LIMIT);
            for (int i = 0; i < data.length; i++) data[i] = random.nextInt(gap) == 0 ? (byte) (random.nextBoolean() ? '<' : '>') : (byte) 'x';
            assertEquals(expected(data), stoppedAt(data, random), "round " + round);
        }
    }

    @Test
    void theLineOfARejectedRunIsCountedFromTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("f.xml"), "<a>\n<b>\n" + "y".repeat(10) + "\n");
        assertEquals(1, MarkupLimit.lineAt(file, 0));
        assertEquals(2, MarkupLimit.lineAt(file, 4));
        assertEquals(3, MarkupLimit.lineAt(file, 8));
    }

    /** Where the first run longer than the limit starts, by definition; -1 for none. */
    private static long expected(byte[] data) {
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '<' || data[i] == '>') start = i + 1;
            else if (i + 1 - start > LIMIT) return start;
        }
        return -1;
    }

    /** Reads everything in reads of random sizes, single bytes among them; where the stream stopped, -1 if it did not. */
    private static long stoppedAt(byte[] data, Random random) throws IOException {
        try (InputStream in = new MarkupLimit(new ByteArrayInputStream(data))) {
            byte[] buffer = new byte[3 * LIMIT];
            while (true) {
                int want = random.nextInt(8);
                if (want == 0) {
                    if (in.read() < 0) return -1;
                } else {
                    int size = want == 1 ? 1 + random.nextInt(buffer.length) : 1 + random.nextInt(20_000);
                    if (in.read(buffer, 0, size) < 0) return -1;
                }
            }
        } catch (MarkupLimit.Exceeded e) {
            return e.start;
        }
    }

    private static byte[] bytes(String before, int run, String after) {
        return (before + "z".repeat(run) + after).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
