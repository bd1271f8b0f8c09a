package org.edhub.bench;

import org.edhub.kentucky.bench.KyBench;
import org.edhub.texas.bench.TxBench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Bench --state tx|ky --tier NAME --data DIR --work DIR [--xmx 2g] [--jar target/edhub.jar] [--rounds 1]
 * [--report docs/benchmarks.md]}: runs the state's programs over a generated tier from the command line, each as a
 * child JVM ({@code java -Xmx.. -jar edhub.jar run ...}), and its comparator in the same way, and writes the figures
 * into the report (docs/benchmarks.md says how to run it). {@code --rounds N} runs the programs and
 * comparators N times, interleaved, and reports the medians.
 */
public final class Bench {
    private final Path jar;
    private final String xmx;
    private final Path work;
    private final int rounds;

    public Bench(Path jar, String xmx, Path work, int rounds) {
        this.jar = jar;
        this.xmx = xmx;
        this.work = work;
        this.rounds = rounds;
    }

    public static void main(String[] args) {
        Map<String, String> o = Options.parse(args, "--state", "--tier", "--data", "--work");
        Bench bench = new Bench(Path.of(o.getOrDefault("--jar", "target/edhub.jar")), o.getOrDefault("--xmx", "2g"),
                Path.of(o.get("--work")), Integer.parseInt(o.getOrDefault("--rounds", "1")));
        String tier = o.get("--tier");
        Path data = Path.of(o.get("--data"));
        BenchReport report = switch (o.get("--state")) {
            case "tx" -> new TxBench(bench).run(tier, data);
            case "ky" -> new KyBench(bench).run(tier, data);
            default -> throw new IllegalArgumentException("--state is tx or ky");
        };
        report.writeInto(Path.of(o.getOrDefault("--report", "docs/benchmarks.md")));
        System.out.println(report.markdown());
    }

    /**
     * {@code edhub run <program>} over {@code in}, measured, with the JVM options of the launcher beside the jar
     * ({@code run.jvm-options}, as {@code target/edhub/edhub} runs it) when there is one; the GC log and output go
     * under the work folder.
     */
    public ChildRun.Cost hub(String program, String year, Path in, Path out, String label) {
        List<String> command = jvm(label);
        if (Files.exists(runOptions())) command.add(1, "@" + runOptions());
        command.addAll(List.of("-jar", jar.toString(), "run", program, "--year", year, "--in", in.toString(), "--out", out.toString()));
        return ChildRun.run(command, work.resolve(label + ".log"), work.resolve(label + ".gc.log"));
    }

    /** A main class of the bench on this JVM's class path, measured. */
    public ChildRun.Cost tool(Class<?> main, String label, String... args) {
        List<String> command = jvm(label);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return ChildRun.run(command, work.resolve(label + ".log"), work.resolve(label + ".gc.log"));
    }

    /** How the hub's JVM was started besides its heap cap, for the report: the launcher's options or none. */
    public String hubOptions() {
        if (!Files.exists(runOptions())) return "the JVM's defaults";
        try {
            return "`" + String.join(" ", Files.readAllLines(runOptions()).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) + "` (the launcher's `run.jvm-options`)";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path runOptions() {
        return jar.toAbsolutePath().resolveSibling("run.jvm-options");
    }

    public Path work() {
        return work;
    }

    public String xmx() {
        return xmx;
    }

    /** How many interleaved rounds a benchmark that supports them runs. */
    public int rounds() {
        return rounds;
    }

    private List<String> jvm(String label) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xlog:gc:file=" + work.resolve(label + ".gc.log")));
    }
}
