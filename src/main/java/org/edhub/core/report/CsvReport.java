package org.edhub.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one CSV report: a header and rows, RFC 4180 quoting, CRLF line ends, every text cell neutralised against
 * formula injection. Written to a temporary name and moved into place, so a reader never sees half a report.
 */
public final class CsvReport implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);

    private CsvReport(Path target, List<String> header) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        write(header);
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
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(',');
            CsvCell.append(line, cell(cells.get(i)), i == 0);
        }
        line.append("\r\n");
        out.append(line);
    }

    static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Number) return value.toString();
        return CellText.safe(value.toString());
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
