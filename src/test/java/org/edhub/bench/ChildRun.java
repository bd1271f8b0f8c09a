package org.edhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command as a child process and measures it: wall time, CPU time (user plus system, from
 * {@code /proc/<pid>/stat}), peak resident memory ({@code VmHWM} of {@code /proc/<pid>/status}), both polled every
 * 20 ms until it ends, and the peak heap in use before a collection from the JVM's {@code -Xlog:gc} file when there
 * is one. Its standard output and error go to {@code log}.
 */
public final class ChildRun {
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final double TICKS_PER_SECOND = 100.0;

    /** What one run cost; {@code peakHeapMb} is -1 without a GC log. */
    public record Cost(double wallSeconds, double cpuSeconds, long peakRssMb, long peakHeapMb, int exit) {
        /** The median wall and CPU times of several runs of the same command (each on its own), their peaks and worst exit. */
        public static Cost median(List<Cost> runs) {
            return new Cost(median(runs.stream().mapToDouble(Cost::wallSeconds).toArray()),
                    median(runs.stream().mapToDouble(Cost::cpuSeconds).toArray()),
                    runs.stream().mapToLong(Cost::peakRssMb).max().orElse(0), runs.stream().mapToLong(Cost::peakHeapMb).max().orElse(-1),
                    runs.stream().mapToInt(Cost::exit).max().orElse(0));
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        Cost plus(Cost other) {
            return new Cost(wallSeconds + other.wallSeconds, cpuSeconds + other.cpuSeconds,
                    Math.max(peakRssMb, other.peakRssMb), Math.max(peakHeapMb, other.peakHeapMb), Math.max(exit, other.exit));
        }
    }

    private ChildRun() {
    }

    public static Cost run(List<String> command, Path log, Path gcLog) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            if (gcLog != null) Files.deleteIfExists(gcLog);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Path proc = Path.of("/proc", String.valueOf(process.pid()));
            long rssKb = 0;
            long ticks = 0;
            while (process.isAlive()) {
                rssKb = Math.max(rssKb, peakRss(proc));
                ticks = Math.max(ticks, cpuTicks(proc));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroy();
                }
            }
            int exit = process.waitFor();
            double wall = (System.nanoTime() - started) / 1e9;
            return new Cost(wall, ticks / TICKS_PER_SECOND, rssKb / 1024, gcLog == null ? -1 : peakHeap(gcLog), exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long peakRss(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | UncheckedIOException e) {
            // the process has just ended
        }
        return 0;
    }

    /** utime + stime of the process and its waited-for children (fields 14-17 of stat), in clock ticks. */
    private static long cpuTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long peakHeap(Path gcLog) {
        long peak = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_HEAP.matcher(line);
                if (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        } catch (IOException e) {
            return -1;
        }
        return peak;
    }
}
