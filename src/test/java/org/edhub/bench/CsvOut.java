package org.edhub.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated text file written as it goes: CSV rows (quoted where needed) or raw text, through a 1 MB buffer. */
public final class CsvOut implements AutoCloseable {
    private final Writer out;
    private long rows;

    private CsvOut(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    public static CsvOut create(Path file) {
        return new CsvOut(file);
    }

    /** A file whose first line is the given header. */
    public static CsvOut create(Path file, String header) {
        CsvOut csv = new CsvOut(file);
        csv.text(header).text("\n");
        return csv;
    }

    public CsvOut row(Object... values) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) line.append(',');
            String v = values[i] == null ? "" : values[i].toString();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) line.append('"').append(v.replace("\"", "\"\"")).append('"');
            else line.append(v);
        }
        rows++;
        return text(line.append('\n').toString());
    }

    public CsvOut text(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How many {@link #row} calls were made. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
