package org.edhub.texas.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Drill-down rows handed from the thread that reads them (and writes the CSV file) to the thread that writes the
 * workbook, a batch at a time through a bounded queue: the rows are merged from the parts' files once, not once per
 * output, and at most a few thousand are in memory. Iterated once, by the receiving thread.
 */
public final class RowHandover implements Iterable<List<Object>> {
    private static final int BATCH = 512;
    private static final List<List<Object>> END = List.of();

    private final BlockingQueue<List<List<Object>>> queue = new ArrayBlockingQueue<>(32);
    private final Future<?> receiver;
    private List<List<Object>> batch = new ArrayList<>(BATCH);

    /** {@code receiver} is the task that iterates the rows: if it ends early, the sender stops waiting for it. */
    public RowHandover(Future<?> receiver) {
        this.receiver = receiver;
    }

    public void add(List<Object> row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** No more rows. */
    public void end() {
        if (!batch.isEmpty()) handOver(batch);
        handOver(END);
    }

    private void handOver(List<List<Object>> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (receiver.isDone()) return; // it failed or was cancelled: its own error is reported
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the drill-down", e);
        }
    }

    @Override
    public Iterator<List<Object>> iterator() {
        return new Iterator<>() {
            private List<List<Object>> current = List.of();
            private int next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!ended && next == current.size()) {
                    current = take();
                    next = 0;
                    ended = current == END;
                }
                return !ended;
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.get(next++);
            }
        };
    }

    private List<List<Object>> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the drill-down", e);
        }
    }
}
