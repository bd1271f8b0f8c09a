package org.edhub.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.edhub.core.privacy.Ssn;

/**
 * Writes one CSV report: a header and rows, RFC 4180 quoting, CRLF line ends, every text cell masked as a value of its
 * column ({@link Ssn#mask}) and neutralised against formula injection. Written to a temporary name and moved into
 * place, so a reader never sees half a report.
 */
public final class CsvReport implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final OutputStream out;
    /**
     * UTF-8 bytes not yet written: a line of ASCII characters (nearly every line) is copied in byte by byte, any other
     * is encoded as a string; the buffer goes to the file when full, without a writer's and an encoder's copies.
     */
    private final byte[] bytes = new byte[1 << 16];
    private int buffered;
    /** The masking of each column's values, decided once per report. */
    private final Ssn.Columns masking;
    private static final Ssn.Columns FREE_TEXT = new Ssn.Columns(List.of());
    private final StringBuilder line = new StringBuilder(256);
    /** The characters of the text being written, copied out of it once. */
    private char[] chars = new char[256];
    /**
     * The value each column held in the row before and its text as written (masked, neutralised, quoted): the same
     * text object in the same column (a section's columns on each of its students' rows) is written out once.
     */
    private Object[] lastValues = new Object[0];
    private String[] lastTexts = new String[0];

    /** @param header written first; null for a report laid out elsewhere */
    private CsvReport(Path target, List<String> header) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(partial);
        this.masking = new Ssn.Columns(header == null ? List.of() : header);
        if (header != null) write(header);
    }

    public static CsvReport create(Path target, List<String> header) {
        try {
            return new CsvReport(target, header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    public static CsvReport create(Path target, String... header) {
        return create(target, Arrays.asList(header));
    }

    /**
     * A report whose lines are laid out elsewhere (a Bindy record): {@link #text} writes them as they are, line ends
     * included; the file is written as every report is (UTF-8, a temporary name moved into place on {@link #close}).
     */
    public static CsvReport laidOut(Path target) {
        try {
            return new CsvReport(target, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /**
     * The text of one cell as {@link #row} writes it: a number as it is, any other value masked as text, neutralised
     * against formula injection, then quoted as RFC 4180 needs it; null as empty. {@code firstOfRow} because an empty first cell is
     * quoted (a row of one empty cell must not read as an empty line).
     */
    public static String cellText(Object value, boolean firstOfRow) {
        StringBuilder text = new StringBuilder();
        CsvCell.append(text, cell(FREE_TEXT, 0, value), firstOfRow);
        return text.toString();
    }

    /** Text laid out elsewhere, written as it is. */
    public CsvReport text(CharSequence text) {
        try {
            emit(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return this;
    }

    /** One row; numbers are written as numbers, everything else as neutralised text, null as empty. */
    public CsvReport row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvReport row(List<?> cells) {
        try {
            write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return this;
    }

    private void write(List<?> cells) throws IOException {
        line.setLength(0);
        if (lastValues.length < cells.size()) {
            lastValues = Arrays.copyOf(lastValues, cells.size());
            lastTexts = Arrays.copyOf(lastTexts, cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(',');
            Object value = cells.get(i);
            if (value instanceof String && value == lastValues[i]) {
                line.append(lastTexts[i]);
                continue;
            }
            int start = line.length();
            String text = cell(masking, i, value);
            CsvCell.append(line, text, i == 0);
            lastValues[i] = value;
            lastTexts[i] = line.length() - start == text.length() ? text : line.substring(start);
        }
        line.append("\r\n");
        emit(line);
    }

    /** The text's UTF-8 bytes into the buffer, a malformed surrogate as {@code ?} (as an {@code OutputStreamWriter} writes it). */
    private void emit(CharSequence text) throws IOException {
        int length = text.length();
        if (chars.length < length) chars = new char[Math.max(length, 2 * chars.length)];
        if (text instanceof StringBuilder b) b.getChars(0, length, chars, 0);
        else text.toString().getChars(0, length, chars, 0);
        if (bytes.length - buffered < length) drain();
        if (length <= bytes.length) {
            int i = 0;
            while (i < length && chars[i] < 0x80) {
                bytes[buffered + i] = (byte) chars[i];
                i++;
            }
            if (i == length) {
                buffered += length;
                return;
            }
        }
        byte[] encoded = new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
        if (bytes.length - buffered < encoded.length) drain();
        if (encoded.length > bytes.length) {
            out.write(encoded);
        } else {
            System.arraycopy(encoded, 0, bytes, buffered, encoded.length);
            buffered += encoded.length;
        }
    }

    private void drain() throws IOException {
        out.write(bytes, 0, buffered);
        buffered = 0;
    }

    private static String cell(Ssn.Columns masking, int column, Object value) {
        if (value == null) return "";
        if (value instanceof Number) return value.toString();
        return CellText.safe(masking.mask(column, value.toString()));
    }

    @Override
    public void close() {
        try {
            try (OutputStream file = out) {
                drain();
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
