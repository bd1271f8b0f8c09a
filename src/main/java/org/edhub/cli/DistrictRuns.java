package org.edhub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.edhub.core.program.StateProgram;

/**
 * A program over a folder of district folders (a statewide run in one process): every subfolder holding the
 * program's feed folders is one district (named by the folder unless {@code --district}), run with its outputs and
 * issue report in {@code --out/<district>/}. A fixed pool of {@code --threads} threads runs them, one district per
 * thread at a time, so at most that many districts are in memory at once. The exit status is the worst of the
 * districts'.
 */
final class DistrictRuns {
    private final StateProgram program;
    private final RunOptions options;

    DistrictRuns(StateProgram program, RunOptions options) {
        this.program = program;
        this.options = options;
    }

    /** The subfolders of {@code in} holding the program's feed folders, in name order. */
    static List<Path> districtFolders(StateProgram program, Path in) {
        try (Stream<Path> list = Files.list(in)) {
            return list.filter(Files::isDirectory).filter(f -> ProgramRun.hasFeeds(program, f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + in, e);
        }
    }

    int run(List<Path> districts, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        int threads = Math.min(options.threads(), districts.size());
        err.println("edhub: " + program.name() + " over " + districts.size() + " district folder(s) in " + options.in() + ", "
                + threads + " at a time");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path folder : districts) {
                String name = folder.getFileName().toString();
                ProgramRun run = new ProgramRun(program, options, "edhub [" + name + "]");
                runs.add(pool.submit(() -> run.run(folder, options.out().resolve(name), options.districtOr(name), out, err)));
            }
            int worst = RunCommand.COMPLETED;
            int rejected = 0;
            List<RuntimeException> failures = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                try {
                    int status = outcome(runs.get(i));
                    if (status != RunCommand.COMPLETED) rejected++;
                    worst = Math.max(worst, status);
                } catch (RuntimeException e) {
                    // the other districts still finish; the first failure is rethrown after them, as a lone run's is
                    err.println("edhub [" + districts.get(i).getFileName() + "] run: failed: " + e);
                    failures.add(e);
                }
            }
            err.printf("edhub: %d district(s) in %.1f s, %d completed, %d rejected, %d failed%n", districts.size(),
                    (System.nanoTime() - started) / 1e9, districts.size() - rejected - failures.size(), rejected, failures.size());
            if (!failures.isEmpty()) throw failures.get(0);
            return worst;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int outcome(Future<Integer> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the districts ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
