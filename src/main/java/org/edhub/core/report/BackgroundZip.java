package org.edhub.core.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip file deflated and written on a thread of its own, in the order it is given: entries, their bytes, the end.
 * The workbook's sheet XML is written into buffers handed over here, so making the XML and deflating it share the
 * work of one sheet between two cores; at most {@link #BUFFERS} buffers are in flight, so memory stays a few hundred
 * kilobytes however large the sheet. The first failure of the thread is thrown by the next call, and nothing after it
 * is written.
 */
final class BackgroundZip implements AutoCloseable {
    static final int BUFFER_SIZE = 1 << 16;
    static final int BUFFERS = 4;

    private final ZipOutputStream zip;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xlsx-deflate");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private volatile IOException failure;
    private Future<?> last;

    BackgroundZip(OutputStream out) {
        zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        for (int i = 0; i < BUFFERS; i++) free.add(new byte[BUFFER_SIZE]);
    }

    /** An empty buffer of {@link #BUFFER_SIZE} bytes to fill and {@link #write}; waits while all are in flight. */
    byte[] buffer() throws IOException {
        rethrow();
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the workbook to be written");
        }
    }

    /** Writes the first {@code length} bytes of a buffer from {@link #buffer()}, which is then used again. */
    void write(byte[] buffer, int length) throws IOException {
        run(() -> zip.write(buffer, 0, length), buffer);
    }

    /** Writes bytes that are not one of the buffers (and are not changed afterwards). */
    void write(byte[] bytes) throws IOException {
        run(() -> zip.write(bytes), null);
    }

    void putNextEntry(String name) throws IOException {
        run(() -> zip.putNextEntry(new ZipEntry(name)), null);
    }

    void closeEntry() throws IOException {
        run(zip::closeEntry, null);
    }

    /** Writes the zip's directory and waits until everything is written; the stream underneath stays open. */
    void finish() throws IOException {
        run(zip::finish, null);
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the workbook to be written");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        rethrow();
    }

    private interface ZipStep {
        void run() throws IOException;
    }

    private void run(ZipStep step, byte[] buffer) throws IOException {
        rethrow();
        last = thread.submit(() -> {
            try {
                if (failure == null) step.run();
            } catch (IOException | RuntimeException e) {
                if (failure == null) failure = e instanceof IOException io ? io : new IOException(e);
            } finally {
                if (buffer != null) free.add(buffer);
            }
        });
    }

    private void rethrow() throws IOException {
        IOException e = failure;
        if (e != null) throw new IOException(e.getMessage(), e);
    }

    /** Stops the thread; what was handed over and not yet written is dropped. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
