package org.edhub.core.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import org.edhub.core.issue.InputRejected;

/**
 * A district's text file read with a cap on the length of a line, so a line of millions of characters (or of
 * columns) is rejected with an issue naming it instead of being held in memory whole: at most {@link #maxChars()}
 * characters between two line breaks, 100,000 unless the system property {@code edhub.max-line-length} says otherwise
 * (a certification or SIS line is a few hundred). A record whose quoted value spans lines counts as one line from the
 * line it starts on, so a value of millions of characters split over short lines is rejected too. A quote opens a
 * quoted value only at the start of a comma-separated field, and {@code ""} inside one is a quote, as commons-csv
 * reads them: a stray quote in the middle of a value ({@code 5'10"}) opens nothing.
 */
final class LineLimit extends FilterReader {
    private final String file;
    private final int max;
    private long line = 1;
    /** The line the current record starts on. */
    private long recordLine = 1;
    private int length;
    private Quoting quoting = Quoting.FIELD_START;

    /** Where the reader stands in a comma-separated record. */
    private enum Quoting { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

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
        int end = offset + n;
        int i = offset;
        while (i < end) {
            if (quoting == Quoting.UNQUOTED) i = skipUnquoted(buffer, i, end);
            if (i < end) count(buffer[i++]);
        }
        return n;
    }

    /**
     * Most of a file is unquoted text inside a field: only a comma or a line break changes anything there, so
     * such a run is counted in one step. Returns where the run ends (the next character {@link #count} must see).
     */
    private int skipUnquoted(char[] buffer, int from, int end) {
        int i = from;
        int room = max - length;
        int stop = Math.min(end, from + room);
        while (i < stop) {
            char c = buffer[i];
            if (c == ',' || c == '\n') break;
            i++;
        }
        length += i - from;
        return i;
    }

    private void count(char c) {
        quoting = next(quoting, c);
        if (c == '\n') {
            line++;
            if (quoting != Quoting.QUOTED) {
                length = 0;
                recordLine = line;
                quoting = Quoting.FIELD_START;
            }
        } else if (++length > max) {
            String where = recordLine == line ? "line " + line : "the record from line " + recordLine + " (a quoted value spanning lines)";
            throw new InputRejected(TextRule.LINE_TOO_LONG.issue(file + " " + where + " is longer than " + max
                    + " characters; a row of this file is a few hundred").at(file, recordLine));
        }
    }

    private static Quoting next(Quoting state, char c) {
        return switch (state) {
            case FIELD_START -> c == '"' ? Quoting.QUOTED : c == ',' ? Quoting.FIELD_START : Quoting.UNQUOTED;
            case UNQUOTED -> c == ',' ? Quoting.FIELD_START : Quoting.UNQUOTED;
            case QUOTED -> c == '"' ? Quoting.QUOTE_IN_QUOTED : Quoting.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? Quoting.QUOTED : c == ',' ? Quoting.FIELD_START : Quoting.UNQUOTED;
        };
    }
}
