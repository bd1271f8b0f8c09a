package org.edhub.core.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import org.edhub.core.issue.InputRejected;

/**
 * A district's text file read with a cap on the length of a line, so a line of millions of characters (or of
 * columns) is rejected with an issue naming it instead of being held in memory whole: at most {@link #maxChars()}
 * characters between two line breaks, 100,000 unless the system property {@code edhub.max-line-length} says otherwise
 * (a certification or SIS line is a few hundred). A quoted value spanning lines counts per line.
 */
final class LineLimit extends FilterReader {
    private final String file;
    private final int max;
    private long line = 1;
    private int length;

    LineLimit(Reader in, String file, int max) {
        super(in);
        this.file = file;
        this.max = max;
    }

    static int maxChars() {
        return Integer.getInteger("edhub.max-line-length", 100_000);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count((char) c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) count(buffer[i]);
        return n;
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > max) {
            throw new InputRejected(TextRule.LINE_TOO_LONG.issue(file + " line " + line + " is longer than " + max
                    + " characters; a row of this file is a few hundred").at(file, line));
        }
    }
}
