package org.edhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.edhub.bench.ky.KyGenerator;
import org.edhub.program.Programs;

/**
 * Kentucky: {@code ky-lead-extract} (and {@code ky-lead-validation} when the hub has it) over every district folder
 * of a tier, one run per district as a statewide operator would script it, against DuckDB computing DETAIL, CLASSES,
 * SCHOOLWIDE and CASELOAD over the same CSVs ({@link KyDuckDb}); the row counts of those four reports are compared.
 */
final class KyBench {
    static final String VALIDATION = "ky-lead-validation";
    private static final List<String[]> REPORTS = List.of(new String[] {"KECS_LEAD_Detail.csv", "Detail.csv"},
            new String[] {"KECS_LEAD_Classes.csv", "Classes.csv"}, new String[] {"KECS_LEAD_Schoolwide.csv", "Schoolwide.csv"},
            new String[] {"KECS_LEAD_Caseload.csv", "Caseload.csv"});

    private final Bench bench;

    KyBench(Bench bench) {
        this.bench = bench;
    }

    BenchReport run(String tier, Path data) {
        BenchReport report = new BenchReport("ky-" + tier, "Kentucky LEAD, " + tier + " tier");
        List<Path> districts = folders(data);
        long rows = districts.stream().mapToLong(KyBench::sisRows).sum();
        Path duckOut = bench.work().resolve("ky-" + tier + "-duckdb");
        ChildRun.Cost duck = bench.tool(KyDuckDb.class, "ky-" + tier + "-duckdb", data.toString(), duckOut.toString());
        ChildRun.Cost extract = null;
        ChildRun.Cost validation = null;
        boolean hasValidation = Programs.named(VALIDATION).isPresent();
        int agree = 0;
        for (Path district : districts) {
            String name = district.getFileName().toString();
            Path out = bench.work().resolve("ky-" + tier + "-out/" + name);
            ChildRun.Cost e = bench.hub("ky-lead-extract", KyGenerator.YEAR, district, out, "ky-" + tier + "-extract");
            extract = extract == null ? e : extract.plus(e);
            if (hasValidation) {
                ChildRun.Cost v = bench.hub(VALIDATION, KyGenerator.YEAR, district, out.resolveSibling(name + "-validation"),
                        "ky-" + tier + "-validation");
                validation = validation == null ? v : validation.plus(v);
            }
            if (sameRowCounts(out, duckOut.resolve(name))) agree++;
        }
        report.run("`ky-lead-extract` (hub, one run per district, -Xmx" + bench.xmx() + ")", rows, extract);
        if (validation != null) {
            report.run("`ky-lead-validation` (hub, one run per district, -Xmx" + bench.xmx() + ")", rows, validation);
        }
        report.run("DuckDB SQL of DETAIL, CLASSES, SCHOOLWIDE, CASELOAD (`KyDuckDb`, all districts in one JVM, -Xmx"
                + bench.xmx() + ", DuckDB memory_limit 2GB)", rows, duck);
        ChildRun.Cost hub = validation == null ? extract : extract.plus(validation);
        report.note(String.format(Locale.ROOT, "Input: %d district folder(s), %,d SIS rows (of which rosters: %,d), %,d MB on disk.",
                districts.size(), rows, districts.stream().mapToLong(d -> lines(d.resolve("ky-sis/rosters.csv"))).sum(),
                TxBench.megabytes(data)));
        report.note(hasValidation ? "`ky-lead-validation` ran after the extract in each district."
                : "`ky-lead-validation` is not in this build (`Programs.named(\"ky-lead-validation\")` is empty): skipped, so "
                + "the hub figure is the extract alone.");
        report.note(String.format(Locale.ROOT, "Ratio hub / DuckDB: wall %.2fx, CPU %.2fx (target: no slower than DuckDB at -Xmx2g).",
                hub.wallSeconds() / duck.wallSeconds(), hub.cpuSeconds() / duck.cpuSeconds()));
        report.note(String.format("DETAIL, CLASSES, SCHOOLWIDE and CASELOAD row counts of the hub and DuckDB agree in %d of %d districts.",
                agree, districts.size()));
        return report;
    }

    private static List<Path> folders(Path data) {
        try {
            return KyDuckDb.districtFolders(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
