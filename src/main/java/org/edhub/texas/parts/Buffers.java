package org.edhub.texas.parts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Buffered streams without the JDK's locks: each part file is written or read by one thread, while
 * {@code BufferedInputStream} and {@code BufferedOutputStream} take a lock on every call, and DataInput/Output calls
 * them once per byte of an int or a boolean, millions of times in a statewide run.
 */
final class Buffers {
    private Buffers() {
    }

    static OutputStream output(OutputStream out, int size) {
        return new OutputStream() {
            private final byte[] buffer = new byte[size];
            private int count;

            @Override
            public void write(int b) throws IOException {
                if (count == buffer.length) flushBuffer();
                buffer[count++] = (byte) b;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len >= buffer.length) {
                    flushBuffer();
                    out.write(b, off, len);
                    return;
                }
                if (len > buffer.length - count) flushBuffer();
                System.arraycopy(b, off, buffer, count, len);
                count += len;
            }

            private void flushBuffer() throws IOException {
                out.write(buffer, 0, count);
                count = 0;
            }

            @Override
            public void flush() throws IOException {
                flushBuffer();
                out.flush();
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    flushBuffer();
                }
            }
        };
    }

    static InputStream input(InputStream in, int size) {
        return new InputStream() {
            private final byte[] buffer = new byte[size];
            private int position;
            private int limit;

            @Override
            public int read() throws IOException {
                if (position == limit && !fill()) return -1;
                return buffer[position++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                if (position == limit && !fill()) return -1;
                int n = Math.min(len, limit - position);
                System.arraycopy(buffer, position, b, off, n);
                position += n;
                return n;
            }

            private boolean fill() throws IOException {
                int n = in.read(buffer, 0, buffer.length);
                if (n <= 0) return false;
                position = 0;
                limit = n;
                return true;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
