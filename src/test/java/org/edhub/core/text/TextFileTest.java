package org.edhub.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.program.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding of a district's file, told from its bytes, wherever in the file the first byte that is not ASCII is. */
class TextFileTest {
    /** More than one read's worth of ASCII, so that what follows is in a later read. */
    private static final String LONG_ASCII = "123456789,STD,5/7/2017,6/30/2020,Grades (6-12),SEC,SCI\n".repeat(2_000);

    @TempDir
    Path dir;

    @Test
    void asciiIsReadAsUtf8() throws IOException {
        assertThat(read(write("ascii.csv", LONG_ASCII.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(LONG_ASCII);
    }

    @Test
    void utf8AfterLongAsciiIsReadAsUtf8AndItsByteOrderMarkDropped() throws IOException {
        String text = LONG_ASCII + "Zoë,Muñoz\n" + LONG_ASCII + "“quoted”\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("utf8.csv", utf8))).isEqualTo(text);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(read(write("bom.csv", bom))).isEqualTo(text);
    }

    @Test
    void windows1252AfterLongAsciiIsReadAsWindows1252() throws IOException {
        String text = LONG_ASCII + "Zoë,Muñoz “quoted”\n";
        assertThat(read(write("cp1252.csv", text.getBytes(Charset.forName("windows-1252"))))).isEqualTo(text);
    }

    @Test
    void aUtf8SequenceCutByTheEndOfTheFileIsWindows1252() throws IOException {
        byte[] ascii = LONG_ASCII.getBytes(StandardCharsets.US_ASCII);
        byte[] cut = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, cut, 0, ascii.length);
        cut[ascii.length] = (byte) 0xC3; // the first byte of a two-byte sequence, and nothing after it
        assertThat(read(write("cut.csv", cut))).isEqualTo(LONG_ASCII + "Ã");
    }

    @Test
    void aNulByteAnywhereRejectsTheFileWithItsOffset() throws IOException {
        String before = LONG_ASCII + "é";
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[head.length + 4];
        System.arraycopy(head, 0, binary, 0, head.length);
        InputFile file = write("binary.csv", binary);
        InputRejected e = assertThrows(InputRejected.class, () -> TextFile.open(file));
        assertThat(e.issue().message()).contains("binary.csv is not a text file").contains("offset " + head.length);
    }

    private InputFile write(String name, byte[] bytes) throws IOException {
        return InputFile.of(Files.write(dir.resolve(name), bytes));
    }

    private static String read(InputFile file) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader in = TextFile.open(file)) {
            in.transferTo(out);
        }
        return out.toString();
    }
}
