package org.edhub.kentucky.bench;

import org.edhub.bench.Bench;
import org.edhub.bench.BenchReport;
import org.edhub.bench.ChildRun;
import org.edhub.texas.bench.TxBench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;


/**
 * Kentucky: {@code ky-lead-extract} and {@code ky-lead-validation} (extract plus validation), each as one
 * {@code edhub run} over the tier's folder of district folders, against DuckDB computing DETAIL, CLASSES, SCHOOLWIDE
 * and CASELOAD over the same CSVs ({@link KyDuckDbPerDistrict}); the row counts of those four reports are compared per district.
 */
public final class KyBench {
    public static final String EXTRACT = "ky-lead-extract";
    public static final String VALIDATION = "ky-lead-validation";
    private static final List<String[]> REPORTS = List.of(new String[] {"KECS_LEAD_Detail.csv", "Detail.csv"},
            new String[] {"KECS_LEAD_Classes.csv", "Classes.csv"}, new String[] {"KECS_LEAD_Schoolwide.csv", "Schoolwide.csv"},
            new String[] {"KECS_LEAD_Caseload.csv", "Caseload.csv"});

    private final Bench bench;

    public KyBench(Bench bench) {
        this.bench = bench;
    }

    public BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("ky-" + tier, "Kentucky LEAD, " + tier + " tier");
        List<Path> districts = KyGenerator.districtFolders(data);
        long rows = districts.stream().mapToLong(KyBench::sisRows).sum();
        Path duckOut = bench.work().resolve("ky-" + tier + "-duckdb");
        ChildRun.Cost duck = bench.tool(KyDuckDbPerDistrict.class, "ky-" + tier + "-duckdb", data.toString(), duckOut.toString());
        Path out = bench.work().resolve("ky-" + tier + "-out");
        ChildRun.Cost extract = bench.hub(EXTRACT, KyGenerator.YEAR, data, out.resolve("extract"), "ky-" + tier + "-extract");
        ChildRun.Cost validation = bench.hub(VALIDATION, KyGenerator.YEAR, data, out.resolve("validation"),
                "ky-" + tier + "-validation");
        int agree = 0;
        for (Path district : districts) {
            String name = district.getFileName().toString();
            if (sameRowCounts(out.resolve("extract/" + name), duckOut.resolve(name))
                    && sameRowCounts(out.resolve("validation/" + name), duckOut.resolve(name))) {
                agree++;
            }
        }
        String how = "(hub, all districts in one JVM, up to " + Runtime.getRuntime().availableProcessors() + " at a time, -Xmx" + bench.xmx() + ")";
        report.run("`ky-lead-extract` " + how, rows, extract);
        report.run("`ky-lead-validation`: extract + validation " + how, rows, validation);
        report.run("DuckDB SQL of DETAIL, CLASSES, SCHOOLWIDE, CASELOAD (`KyDuckDbPerDistrict`, all districts in one JVM, -Xmx"
                + bench.xmx() + ", DuckDB memory_limit 2GB)", rows, duck);
        report.note(String.format(Locale.ROOT, "Input: %d district folder(s), %,d SIS rows (of which rosters: %,d), %,d MB on disk.",
                districts.size(), rows, districts.stream().mapToLong(d -> lines(d.resolve("ky-sis/rosters.csv"))).sum(),
                TxBench.megabytes(data)));
        report.note("`ky-lead-validation` writes the six extract reports too, so it alone is \"extract plus validation\"; "
                + "each hub run is one `edhub run --in " + data.getFileName() + "` over the folder of district folders.");
        report.note("Ratio " + ratio("ky-lead-validation", validation, duck) + " (target: no slower than DuckDB at -Xmx2g); "
                + ratio("ky-lead-extract", extract, duck) + ".");
        report.note(String.format("DETAIL, CLASSES, SCHOOLWIDE and CASELOAD row counts of both hub runs and DuckDB agree in %d of %d districts.",
                agree, districts.size()));
        return report;
    }

    private static String ratio(String program, ChildRun.Cost hub, ChildRun.Cost duck) {
        return String.format(Locale.ROOT, "%s / DuckDB: wall %.2fx, CPU %.2fx", program, hub.wallSeconds() / duck.wallSeconds(),
                hub.cpuSeconds() / duck.cpuSeconds());
    }

    private static long sisRows(Path district) {
        try (Stream<Path> files = Files.list(district.resolve("ky-sis"))) {
            return files.filter(p -> p.toString().endsWith(".csv")).mapToLong(p -> lines(p) - 1).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameRowCounts(Path hub, Path duck) {
        return REPORTS.stream().allMatch(r -> lines(hub.resolve(r[0])) == lines(duck.resolve(r[1])));
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
