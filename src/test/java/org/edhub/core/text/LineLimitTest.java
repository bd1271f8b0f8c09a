package org.edhub.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.edhub.core.issue.InputRejected;
import org.junit.jupiter.api.Test;

class LineLimitTest {
    static String readAll(Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[7];
        int n;
        while ((n = r.read(buffer, 0, buffer.length)) > 0) b.append(buffer, 0, n);
        return b.toString();
    }

    @Test
    void linesUpToTheLimitAreReadAndALongerOneIsRejectedWithItsNumber() throws IOException {
        assertThat(readAll(new LineLimit(new StringReader("12345\n123\n12345"), "f.csv", 5))).isEqualTo("12345\n123\n12345");
        assertThatThrownBy(() -> readAll(new LineLimit(new StringReader("12345\n123456\n"), "f.csv", 5)))
                .isInstanceOf(InputRejected.class)
                .satisfies(e -> {
                    assertThat(((InputRejected) e).issue().row()).isEqualTo(2L);
                    assertThat(((InputRejected) e).issue().rule()).isEqualTo("HUB-LINE-TOO-LONG");
                });
    }

    @Test
    void aQuotedValueSpanningLinesCountsAsOneRecordFromTheLineItStartsOn() {
        String longValue = "a,\"" + "1234\n".repeat(5) + "\",b\n";
        assertThatThrownBy(() -> readAll(new LineLimit(new StringReader("h\n" + longValue), "f.csv", 20)))
                .isInstanceOf(InputRejected.class)
                .satisfies(e -> {
                    assertThat(((InputRejected) e).issue().row()).isEqualTo(2L);
                    assertThat(((InputRejected) e).issue().message()).contains("the record from line 2 (a quoted value spanning lines)");
                });
    }

    @Test
    void aDoubledQuoteInsideAQuotedValueAndAStrayQuoteInAnUnquotedOneOpenNothing() throws IOException {
        String rows = "\"say \"\"hi\"\"\",5'10\",x\n".repeat(50);
        assertThat(readAll(new LineLimit(new StringReader(rows), "f.csv", 30))).as("each row short, none left open").isEqualTo(rows);
        String shortSpan = "a,\"12\n34\",b\nc,d\n";
        assertThat(readAll(new LineLimit(new StringReader(shortSpan), "f.csv", 20))).isEqualTo(shortSpan);
    }

    @Test
    void readingInBlocksRejectsWhatReadingCharacterByCharacterRejects() throws IOException {
        java.util.Random random = new java.util.Random(7);
        String pieces = "ab,\"\n\"\"x,";
        int rejected = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) text.append(pieces.charAt(random.nextInt(pieces.length())));
            Long byChar = rejectedRow(new LineLimit(new StringReader(text.toString()), "f.csv", 8), 1);
            Long inBlocks = rejectedRow(new LineLimit(new StringReader(text.toString()), "f.csv", 8), 1 + random.nextInt(16));
            assertThat(inBlocks).as(text.toString()).isEqualTo(byChar);
            if (byChar != null) rejected++;
        }
        assertThat(rejected).isGreaterThan(100);
    }

    /** The row a read in blocks of {@code block} characters (1: {@link Reader#read()}) rejects, or null. */
    private static Long rejectedRow(Reader reader, int block) throws IOException {
        try {
            if (block == 1) {
                while (reader.read() >= 0) {
                    // the whole text
                }
            } else {
                char[] buffer = new char[block];
                while (reader.read(buffer, 0, block) > 0) {
                    // the whole text
                }
            }
            return null;
        } catch (InputRejected e) {
            return e.issue().row();
        }
    }
}
