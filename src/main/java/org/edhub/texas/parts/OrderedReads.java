package org.edhub.texas.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;

/**
 * Reads input files at the same time, each on its own thread and into its own structures, up to
 * {@code -Dedhub.pr1500.reads-at-once} of them (default 3: an ECOS file and the two interchanges of a Fall submission).
 * More threads than cores is the point: the operating system shares the cores among them, so a short read (the ECOS
 * file) does not hold a core while a long one waits for it, and the reads end together. What a read finds is held and
 * reported in the order the reads were submitted, and a read that fails fails the whole at its place in that order:
 * the issues, and the error if any, are the same as reading the files one after the other.
 */
public final class OrderedReads implements AutoCloseable {
    public static final String READS_AT_ONCE = "edhub.pr1500.reads-at-once";
    public static final int DEFAULT_READS_AT_ONCE = 3;
    private final ExecutorService pool;
    private final List<Read<?>> reads = new ArrayList<>();

    /** The result of one read, once {@link #report} has returned. */
    public static final class Read<T> {
        private final Issues found = new Issues();
        private Future<T> future;

        public T get() {
            return done(future);
        }
    }

    /** For {@code reads} files, {@code atOnce} of them read at the same time. */
    public OrderedReads(int reads, int atOnce) {
        if (atOnce < 1) throw new IllegalArgumentException(READS_AT_ONCE + " is 1 or more, not " + atOnce);
        int threads = Math.max(1, Math.min(reads, atOnce));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tx-pr1500-read");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a read; it reports to the sink it is given. */
    public <T> Read<T> submit(Function<IssueSink, T> read) {
        Read<T> r = new Read<>();
        r.future = pool.submit(() -> read.apply(r.found));
        reads.add(r);
        return r;
    }

    /** An issue found between reads, reported in its place among theirs. */
    public void report(Issue issue) {
        Read<Void> r = new Read<>();
        r.found.report(issue);
        r.future = CompletableFuture.completedFuture(null);
        reads.add(r);
    }

    /** Waits for the reads in order, reporting each one's issues, and throws the first failure in that order. */
    public void report(IssueSink issues) {
        for (Read<?> r : reads) {
            try {
                r.future.get();
            } catch (ExecutionException e) {
                r.found.all().forEach(issues::report);
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the inputs", e);
            }
            r.found.all().forEach(issues::report);
        }
    }

    /** The value of a finished or running task; its exception, if it failed, as thrown by the task. */
    public static <T> T done(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the run's work", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException re) return re;
        if (cause instanceof Error error) throw error;
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
