package org.edhub.kentucky.bench;

import org.edhub.bench.Bench;
import org.edhub.bench.BenchReport;
import org.edhub.bench.ChildRun;
import org.edhub.bench.Rounds;
import org.edhub.bench.Machine;
import org.edhub.texas.bench.TxBench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;


/**
 * Kentucky: {@code ky-lead-extract} and {@code ky-lead-validation} (extract plus validation), each as one
 * {@code edhub run} over the tier's folder of district folders, against DuckDB computing DETAIL, CLASSES, SCHOOLWIDE
 * and CASELOAD over the same CSVs: {@link KyDuckDbStatewide}, one query set over all districts with the hub's number
 * of threads and memory cap, the comparator of the target, checked row for row against both hub runs
 * ({@link KyReportCheck}); and {@link KyDuckDbPerDistrict}, the first comparator (a district at a time), kept for its
 * figure, whose row counts are compared.
 */
public final class KyBench {
    public static final String EXTRACT = "ky-lead-extract";
    public static final String VALIDATION = "ky-lead-validation";
    /** Issue 16: extract plus validation within 0.5x of DuckDB's time, read as a wall time at most 1.5 times DuckDB's. */
    static final double TARGET = 1.5;
    private static final int MISMATCHES_SHOWN = 5;

    private final Bench bench;

    public KyBench(Bench bench) {
        this.bench = bench;
    }

    public BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("ky-" + tier, "Kentucky LEAD, " + tier + " tier");
        List<Path> folders = KyGenerator.districtFolders(data);
        List<String> districts = folders.stream().map(p -> p.getFileName().toString()).toList();
        long rows = folders.stream().mapToLong(KyBench::sisRows).sum();
        int threads = Runtime.getRuntime().availableProcessors();
        String memory = KyDuckDbStatewide.memoryLimit(bench.xmx());
        String label = "ky-" + tier;
        Path out = bench.work().resolve(label + "-out");
        Path duckOut = bench.work().resolve(label + "-duckdb");
        Path perDistrictOut = bench.work().resolve(label + "-duckdb-per-district");
        Rounds rounds = new Rounds();
        Rounds.Contender extractRun = rounds.add("`ky-lead-extract`",
                () -> bench.hub(EXTRACT, KyGenerator.YEAR, data, out.resolve("extract"), label + "-extract"));
        Rounds.Contender validationRun = rounds.add("`ky-lead-validation`",
                () -> bench.hub(VALIDATION, KyGenerator.YEAR, data, out.resolve("validation"), label + "-validation"));
        Rounds.Contender duckRun = rounds.add("DuckDB one query set", () -> bench.tool(KyDuckDbStatewide.class, label + "-duckdb",
                data.toString(), duckOut.toString(), String.valueOf(threads), memory));
        Rounds.Contender perDistrictRun = rounds.add("DuckDB a district at a time", () -> bench.tool(KyDuckDbPerDistrict.class,
                label + "-duckdb-per-district", data.toString(), perDistrictOut.toString()));
        rounds.run(bench.rounds());
        ChildRun.Cost extract = extractRun.median();
        ChildRun.Cost validation = validationRun.median();
        ChildRun.Cost duck = duckRun.median();
        ChildRun.Cost perDistrict = perDistrictRun.median();

        String how = "(hub, all districts in one JVM, up to " + threads + " at a time, -Xmx" + bench.xmx() + ")";
        report.run("`ky-lead-extract` " + how, rows, extract);
        report.run("`ky-lead-validation`: extract + validation " + how, rows, validation);
        report.run("DuckDB, one query set over all districts (`KyDuckDbStatewide`, " + threads + " threads, memory_limit "
                + memory + ", -Xmx" + bench.xmx() + ")", rows, duck);
        report.run("DuckDB, a district at a time (`KyDuckDbPerDistrict`, the first comparator: 2 threads, memory_limit 2GB, -Xmx"
                + bench.xmx() + ")", rows, perDistrict);
        report.note(String.format(Locale.ROOT, "Input: %d district folder(s), %,d SIS rows (of which rosters: %,d), %,d MB on disk.",
                districts.size(), rows, folders.stream().mapToLong(d -> lines(d.resolve("ky-sis/rosters.csv")) - 1).sum(),
                TxBench.megabytes(data)));
        report.note("`ky-lead-validation` writes the six extract reports too, so it alone is \"extract plus validation\"; "
                + "each hub run is one `edhub run --in " + data.getFileName() + "` over the folder of district folders.");
        report.note("The hub's JVM options besides `-Xmx" + bench.xmx() + "`: " + bench.hubOptions() + ".");
        report.note(rounds.note());
        ratios(report, extract, validation, duck, perDistrict);
        report.note("Where DuckDB's one query set spent its time (its longest statements): " + longestStatements(label + "-duckdb") + ".");
        check(report, "ky-lead-extract", KyReportCheck.compare(districts, out.resolve("extract"), duckOut));
        check(report, "ky-lead-validation", KyReportCheck.compare(districts, out.resolve("validation"), duckOut));
        long counted = folders.stream().filter(d -> sameRowCounts(out.resolve("extract").resolve(d.getFileName()),
                perDistrictOut.resolve(d.getFileName()))).count();
        report.note(String.format(Locale.ROOT, "The first comparator's DETAIL, CLASSES, SCHOOLWIDE and CASELOAD row counts equal "
                + "`ky-lead-extract`'s in %d of %d districts (counts only: its files have their own columns).", counted, districts.size()));
        return report;
    }

    /** The hub's runs against either comparator, and the target against the one query set. */
    private static void ratios(BenchReport report, ChildRun.Cost extract, ChildRun.Cost validation, ChildRun.Cost duck,
                               ChildRun.Cost perDistrict) {
        double toTarget = validation.wallSeconds() / duck.wallSeconds();
        report.note("Against DuckDB's one query set: " + ratio("ky-lead-validation", validation, duck) + "; "
                + ratio("ky-lead-extract", extract, duck) + String.format(Locale.ROOT, ". Target (issue 16, \"extract plus "
                + "validation within 0.5x of its time\", read as the hub's extract + validation wall time at most %.1f times "
                + "the one query set's): %.2fx, **%s**.", TARGET, toTarget, toTarget <= TARGET ? "met" : "missed"));
        report.note("Against the first comparator, a district at a time: " + ratio("ky-lead-validation", validation, perDistrict)
                + "; " + ratio("ky-lead-extract", extract, perDistrict) + ".");
    }

    private static String ratio(String program, ChildRun.Cost hub, ChildRun.Cost duck) {
        return String.format(Locale.ROOT, "%s / DuckDB: wall %.2fx, CPU %.2fx", program, hub.wallSeconds() / duck.wallSeconds(),
                hub.cpuSeconds() / duck.cpuSeconds());
    }

    private static void check(BenchReport report, String program, KyReportCheck.Result result) {
        report.note(String.format(Locale.ROOT, "Row for row (`KyReportCheck`), `%s` against DuckDB's one query set: DETAIL, CLASSES, "
                        + "SCHOOLWIDE and CASELOAD agree in %d of %d districts (%,d hub rows compared)%s", program,
                result.agreeingDistricts(), result.districts(), result.rows(), result.agrees() ? "." : String.format(Locale.ROOT,
                        "; %d mismatch(es)%s:", result.mismatches().size(),
                        result.mismatches().size() > MISMATCHES_SHOWN ? ", the first " + MISMATCHES_SHOWN : "")));
        result.mismatches().stream().limit(MISMATCHES_SHOWN).forEach(m -> report.note("Mismatch, `" + program + "`: " + m));
    }

    /** The three longest statements of a {@link KyDuckDbStatewide} run, from its log. */
    private String longestStatements(String label) {
        try (Stream<String> lines = Files.lines(bench.work().resolve(label + ".log"))) {
            return lines.filter(l -> l.matches("\\s*\\d+\\.\\d+ s  .*")).map(String::strip)
                    .sorted(Comparator.comparingDouble((String l) -> Double.parseDouble(l.substring(0, l.indexOf(' ')))).reversed())
                    .limit(3).map(l -> "`" + l.substring(l.indexOf("s  ") + 3) + "` " + l.substring(0, l.indexOf(" s")) + " s")
                    .collect(Collectors.joining(", "));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static long sisRows(Path district) {
        try (Stream<Path> files = Files.list(district.resolve("ky-sis"))) {
            return files.filter(p -> p.toString().endsWith(".csv")).mapToLong(p -> lines(p) - 1).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameRowCounts(Path hub, Path perDistrict) {
        return Stream.of(KyReportCheck.Report.values()).allMatch(r -> lines(hub.resolve(r.file + ".csv"))
                == lines(perDistrict.resolve(r.file.substring("KECS_LEAD_".length()) + ".csv")));
    }

    private static long lines(Path file) {
        if (!Files.exists(file)) return -1;
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
