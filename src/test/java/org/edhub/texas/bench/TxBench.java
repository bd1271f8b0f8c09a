package org.edhub.texas.bench;

import org.edhub.bench.Bench;
import org.edhub.bench.BenchReport;
import org.edhub.bench.ChildRun;

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
    private final Bench bench;

    public TxBench(Bench bench) {
        this.bench = bench;
    }

    public BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("tx-" + tier, "Texas PR1500, " + tier + " tier");
        ChildRun.Cost jdkFloor = bench.tool(TxFloor.class, "tx-" + tier + "-floor", data.toString(), "jdk");
        ChildRun.Cost aaltoFloor = bench.tool(TxFloor.class, "tx-" + tier + "-floor-aalto", data.toString(), "aalto");
        long rows = rowsOf(bench.work().resolve("tx-" + tier + "-floor.log"));
        long aaltoRows = rowsOf(bench.work().resolve("tx-" + tier + "-floor-aalto.log"));
        ChildRun.Cost hub = bench.hub("tx-pr1500", TxGenerator.YEAR, data, bench.work().resolve("tx-" + tier + "-out"), "tx-" + tier + "-hub");
        report.run("`tx-pr1500` (hub, -Xmx" + bench.xmx() + ")", rows, hub);
        report.run("floor: JDK StAX + CSV read only (`TxFloor jdk`, -Xmx" + bench.xmx() + ")", rows, jdkFloor);
        report.run("floor: Aalto StAX + CSV read only (`TxFloor aalto`, -Xmx" + bench.xmx() + ")", aaltoRows, aaltoFloor);
        report.note(String.format(Locale.ROOT, "Input: %,d records (30040 + 30090 + 40110 + certificate rows), %,d MB on disk.",
                rows, megabytes(data)));
        if (aaltoRows != rows) report.note(String.format(Locale.ROOT, "The Aalto floor read %,d records, not %,d.", aaltoRows, rows));
        report.note(String.format(Locale.ROOT, "Ratio hub / JDK floor: wall %.2fx, CPU %.2fx (target: within 1.5x of the floor at -Xmx2g); "
                        + "hub / Aalto floor, the stricter comparison: wall %.2fx, CPU %.2fx.",
                hub.wallSeconds() / jdkFloor.wallSeconds(), hub.cpuSeconds() / jdkFloor.cpuSeconds(),
                hub.wallSeconds() / aaltoFloor.wallSeconds(), hub.cpuSeconds() / aaltoFloor.cpuSeconds()));
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
