package org.edhub.program.texas;

import java.io.IOException;
import java.io.Writer;

/** A character buffer in front of a writer, for one thread: no lock per character as in {@code BufferedWriter}. */
final class UnsynchronizedWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;

    UnsynchronizedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) drain();
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len >= buffer.length) {
            drain();
            out.write(chars, off, len);
            return;
        }
        if (used + len > buffer.length) drain();
        System.arraycopy(chars, off, buffer, used, len);
        used += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        while (len > 0) {
            if (used == buffer.length) drain();
            int n = Math.min(len, buffer.length - used);
            text.getChars(off, off + n, buffer, used);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (used > 0) out.write(buffer, 0, used);
        used = 0;
    }
}
