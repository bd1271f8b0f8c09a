package org.edhub.texas.bench;

import org.edhub.bench.Bench;
import org.edhub.bench.BenchReport;
import org.edhub.bench.ChildRun;
import org.edhub.bench.Rounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;


/**
 * Texas: {@code tx-pr1500} over one tier folder, against the read-only floor {@link TxFloor} run twice, with the JDK's
 * StAX parser (the floor the target is set against, a plain StAX pass) and with Aalto, the parser the hub reads with
 * (the stricter comparison).
 */
public final class TxBench {
    /** Issue 16: the state tier within these multiples of the Aalto read-only floor, wall and CPU. */
    static final double WALL_TARGET = 1.3;
    static final double CPU_TARGET = 2.0;

    private final Bench bench;

    public TxBench(Bench bench) {
        this.bench = bench;
    }

    public BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("tx-" + tier, "Texas PR1500, " + tier + " tier");
        String label = "tx-" + tier;
        Rounds rounds = new Rounds();
        Rounds.Contender hubRun = rounds.add("hub", () -> bench.hub("tx-pr1500", TxGenerator.YEAR, data,
                bench.work().resolve(label + "-out"), label + "-hub"));
        Rounds.Contender jdkRun = rounds.add("JDK floor", () -> bench.tool(TxFloor.class, label + "-floor", data.toString(), "jdk"));
        Rounds.Contender aaltoRun = rounds.add("Aalto floor", () -> bench.tool(TxFloor.class, label + "-floor-aalto",
                data.toString(), "aalto"));
        rounds.run(bench.rounds());
        ChildRun.Cost hub = hubRun.median();
        ChildRun.Cost jdkFloor = jdkRun.median();
        ChildRun.Cost aaltoFloor = aaltoRun.median();
        long rows = rowsOf(bench.work().resolve(label + "-floor.log"));
        long aaltoRows = rowsOf(bench.work().resolve(label + "-floor-aalto.log"));
        report.run("`tx-pr1500` (hub, -Xmx" + bench.xmx() + ")", rows, hub);
        report.run("floor: JDK StAX + CSV read only (`TxFloor jdk`, -Xmx" + bench.xmx() + ")", rows, jdkFloor);
        report.run("floor: Aalto StAX + CSV read only (`TxFloor aalto`, -Xmx" + bench.xmx() + ")", aaltoRows, aaltoFloor);
        report.note(String.format(Locale.ROOT, "Input: %,d records (30040 + 30090 + 40110 + certificate rows), %,d MB on disk.",
                rows, megabytes(data)));
        if (aaltoRows != rows) report.note(String.format(Locale.ROOT, "The Aalto floor read %,d records, not %,d.", aaltoRows, rows));
        report.note("The hub's JVM options besides `-Xmx" + bench.xmx() + "`: " + bench.hubOptions() + ".");
        report.note(rounds.note());
        double wall = hub.wallSeconds() / aaltoFloor.wallSeconds();
        double cpu = hub.cpuSeconds() / aaltoFloor.cpuSeconds();
        report.note(String.format(Locale.ROOT, "Hub / Aalto floor: wall %.2fx, CPU %.2fx; target (issue 16, at -Xmx512m): "
                        + "wall within %.1fx, CPU within %.1fx: **%s**. Hub / JDK floor: wall %.2fx, CPU %.2fx.", wall, cpu,
                WALL_TARGET, CPU_TARGET, wall <= WALL_TARGET && cpu <= CPU_TARGET ? "met" : "missed",
                hub.wallSeconds() / jdkFloor.wallSeconds(), hub.cpuSeconds() / jdkFloor.cpuSeconds()));
        return report;
    }

    private static long rowsOf(Path floorLog) {
        try {
            return Files.readAllLines(floorLog).stream().filter(l -> l.startsWith("rows ")).map(l -> Long.parseLong(l.split(" ")[1]))
                    .findFirst().orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long megabytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
