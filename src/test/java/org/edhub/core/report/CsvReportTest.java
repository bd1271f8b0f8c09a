package org.edhub.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's bytes are the UTF-8 of its lines as a JDK writer encodes them, whatever the characters and sizes. */
class CsvReportTest {
    private static final String ALPHABET = "ab Z,-.é€ßЖ中\uD83D\uDE00\uD800\uDC00x\uDBFF";

    @TempDir
    Path dir;

    @Test
    void writesTheLinesAsAJdkWriterEncodesThem() throws IOException {
        Random random = new Random(7);
        List<List<String>> rows = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            List<String> row = new ArrayList<>();
            // mostly short ASCII cells, some with other characters and unpaired surrogates, a few longer than the buffer
            for (int c = 0; c < 3; c++) row.add(text(random, random.nextInt(1000) == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(40)));
            rows.add(row);
        }
        Path file = dir.resolve("r.csv");
        try (CsvReport report = CsvReport.create(file, "a", "b", "c")) {
            rows.forEach(report::row);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(asAWriterWritesThem(rows));
    }

    @Test
    void laidOutTextIsWrittenAsItIs() throws IOException {
        Path file = dir.resolve("upload.csv");
        try (CsvReport report = CsvReport.laidOut(file)) {
            report.text("1,Zoë,\"x\"").text("\r\n").text("2,\uD83D\uDE00").text("\r\n");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("1,Zoë,\"x\"\r\n2,\uD83D\uDE00\r\n");
        assertThat(Files.exists(dir.resolve("upload.csv.part"))).isFalse();
    }

    private static byte[] asAWriterWritesThem(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(line(List.of("a", "b", "c")));
            for (List<String> row : rows) writer.write(line(row));
        }
        return bytes.toByteArray();
    }

    private static String line(List<String> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) line.append(',');
            CsvCell.append(line, CellText.safe(row.get(i)), i == 0);
        }
        return line.append("\r\n").toString();
    }

    private static String text(Random random, int length) {
        boolean ascii = random.nextInt(4) > 0;
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ascii ? (char) ('a' + random.nextInt(26)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
