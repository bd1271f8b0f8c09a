package org.edhub.texas.tsds;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stops an XML file at the first run of more than {@link #LIMIT} bytes without a {@code <} or {@code >}: a name, an
 * element's attributes, an attribute value or a text that long. No TSDS field comes near it, and Aalto sets no limit of
 * its own, so without this a few megabytes of attributes on one element would tie a reader up for minutes and one huge
 * text would fill the heap.
 * <p>
 * It costs next to nothing on a 2 GB file: a read hands over at most {@code LIMIT} bytes, so a run inside one read is
 * never too long, and only the bytes before a read's first markup character and after its last one are looked at.
 */
final class MarkupLimit extends FilterInputStream {
    static final int LIMIT = 64 * 1024;

    /** A run that was too long, by the offset in the file where it starts. */
    static final class Exceeded extends IOException {
        final long start;

        Exceeded(long start) {
            super("more than " + LIMIT + " bytes without markup from byte " + start);
            this.start = start;
        }
    }

    /** Offset in the file of the next byte read. */
    private long position;
    /** Offset where the current run without markup started. */
    private long runStart;

    MarkupLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b == '<' || b == '>') runStart = position + 1;
        if (b >= 0) check(++position);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, Math.min(length, LIMIT));
        if (n <= 0) return n;
        int end = offset + n;
        int first = offset;
        while (first < end && !isMarkup(buffer[first])) first++;
        if (first < end) {
            check(position + (first - offset));
            int last = end - 1;
            while (!isMarkup(buffer[last])) last--;
            runStart = position + (last - offset) + 1;
        }
        position += n;
        check(position);
        return n;
    }

    private static boolean isMarkup(byte b) {
        return b == '<' || b == '>';
    }

    /** Whether the run that started at {@link #runStart} is too long when it reaches {@code upTo}. */
    private void check(long upTo) throws Exceeded {
        if (upTo - runStart > LIMIT) throw new Exceeded(runStart);
    }

    /** The line of a byte offset in a file, counted again from its start: only when a file is rejected. */
    static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < offset; i++) {
                int b = in.read();
                if (b < 0) break;
                if (b == '\n') line++;
            }
        }
        return line;
    }

    /** The {@link Exceeded} among the causes of a parser's exception, if that is what stopped it. */
    static Exceeded in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Exceeded e) return e;
        }
        return null;
    }
}
