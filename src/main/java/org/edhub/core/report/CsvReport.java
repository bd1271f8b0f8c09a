package org.edhub.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
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
    private final BufferedWriter out;
    /** The masking of each column's values, decided once per report. */
    private final Ssn.Columns masking;
    private static final Ssn.Columns FREE_TEXT = new Ssn.Columns(List.of());
    private final StringBuilder line = new StringBuilder(256);
    /** The line's characters, handed to the writer without a string made of each line. */
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
        this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
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
            out.append(text);
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
        if (chars.length < line.length()) chars = new char[Math.max(line.length(), 2 * chars.length)];
        line.getChars(0, line.length(), chars, 0);
        out.write(chars, 0, line.length());
    }

    private static String cell(Ssn.Columns masking, int column, Object value) {
        if (value == null) return "";
        if (value instanceof Number) return value.toString();
        return CellText.safe(masking.mask(column, value.toString()));
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
