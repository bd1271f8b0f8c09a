package org.edhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.edhub.bench.tx.TxGenerator;

/** Texas: {@code tx-pr1500} over one tier folder, against the read-only floor {@link TxFloor}. */
final class TxBench {
    private final Bench bench;

    TxBench(Bench bench) {
        this.bench = bench;
    }

    BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("tx-" + tier, "Texas PR1500, " + tier + " tier");
        ChildRun.Cost floor = bench.tool(TxFloor.class, "tx-" + tier + "-floor", data.toString());
        long rows = rowsOf(bench.work().resolve("tx-" + tier + "-floor.log"));
        ChildRun.Cost hub = bench.hub("tx-pr1500", TxGenerator.YEAR, data, bench.work().resolve("tx-" + tier + "-out"), "tx-" + tier + "-hub");
        report.run("`tx-pr1500` (hub, -Xmx" + bench.xmx() + ")", rows, hub);
        report.run("floor: StAX + CSV read only (`TxFloor`, -Xmx" + bench.xmx() + ")", rows, floor);
        report.note(String.format(Locale.ROOT, "Input: %,d records (30040 + 30090 + 40110 + certificate rows), %,d MB on disk.",
                rows, megabytes(data)));
        report.note(String.format(Locale.ROOT, "Ratio hub / floor: wall %.2fx, CPU %.2fx (target: within 1.5x of the floor at -Xmx2g).",
                hub.wallSeconds() / floor.wallSeconds(), hub.cpuSeconds() / floor.cpuSeconds()));
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

    static long megabytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
