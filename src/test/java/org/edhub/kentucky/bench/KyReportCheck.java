package org.edhub.kentucky.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The row-for-row check of the Kentucky benchmark: DETAIL, CLASSES, SCHOOLWIDE and CASELOAD as the hub wrote them for
 * each district ({@code HUB/<district>/KECS_LEAD_<Report>.csv}) against DuckDB's statewide files
 * ({@code DUCKDB/KECS_LEAD_<Report>.csv}, whose District Folder column names each row's district). Each statewide file
 * is first split by district (into {@code DUCKDB/.by-district/}, deleted afterwards), keeping its order, so that one
 * district's rows at a time are held.
 *
 * <p>Normalised, and nothing else: the Date Time Generated column (the minute each run wrote its reports) is left out
 * on both sides; DuckDB's District Folder column chooses the hub file a row is compared with and is then left out;
 * both files are read as RFC 4180 CSV, so quoting and line ends are not compared. Every other cell, dates, counts,
 * Y/N flags and blanks included, is compared as written, and so is the header. A district's rows must be the same
 * rows (as a multiset); for the reports the extract rules sort (CLASSES R6.BR4, SCHOOLWIDE R8, CASELOAD R9) they must
 * also come in the same order. DETAIL has no sort rule, so its order is not compared.
 */
public final class KyReportCheck {
    static final String DISTRICT = "District Folder";
    static final String GENERATED = "Date Time Generated";

    /** The reports compared, by file name, and whether the extract rules fix their order. */
    public enum Report {
        DETAIL("KECS_LEAD_Detail", false), CLASSES("KECS_LEAD_Classes", true), SCHOOLWIDE("KECS_LEAD_Schoolwide", true),
        CASELOAD("KECS_LEAD_Caseload", true);

        public final String file;
        final boolean ordered;

        Report(String file, boolean ordered) {
            this.file = file;
            this.ordered = ordered;
        }
    }

    /** A disagreement of one district's report, with the first differing row. */
    public record Mismatch(String district, String report, String what) {
        @Override
        public String toString() {
            return "district " + district + ", " + report + ": " + what;
        }
    }

    /** What a check found: the districts and hub rows compared, and every mismatch (one per district and report). */
    public record Result(int districts, long rows, List<Mismatch> mismatches) {
        public long agreeingDistricts() {
            return districts - mismatches.stream().map(Mismatch::district).distinct().count();
        }

        public boolean agrees() {
            return mismatches.isEmpty();
        }
    }

    /** One side's rows of a district's report and the columns they are in (null when the side has none). */
    private record Table(List<String> columns, List<List<String>> rows) {
    }

    private KyReportCheck() {
    }

    /** Compares the hub's reports of {@code districts} under {@code hub} with DuckDB's statewide files under {@code duckdb}. */
    public static Result compare(List<String> districts, Path hub, Path duckdb) {
        List<Mismatch> mismatches = new ArrayList<>();
        long rows = 0;
        Path split = duckdb.resolve(".by-district");
        try {
            for (Report report : Report.values()) {
                Path statewide = duckdb.resolve(report.file + ".csv");
                if (!Files.exists(statewide)) {
                    mismatches.add(new Mismatch("(all)", report.file, "DuckDB wrote no " + statewide.getFileName()));
                    continue;
                }
                Set<String> all = new LinkedHashSet<>(districts);
                all.addAll(ByDistrict.split(statewide, DISTRICT, split.resolve(report.file)));
                for (String district : all) {
                    Table duck = read(split.resolve(report.file).resolve(district + ".csv"));
                    if (!districts.contains(district)) {
                        mismatches.add(new Mismatch(district, report.file, "DuckDB has " + duck.rows().size()
                                + " row(s) of a district the tier does not have"));
                        continue;
                    }
                    Path file = hub.resolve(district).resolve(report.file + ".csv");
                    if (!Files.exists(file)) {
                        mismatches.add(new Mismatch(district, report.file, "the hub wrote no " + file.getFileName()));
                        continue;
                    }
                    Table hubs = read(file);
                    rows += hubs.rows().size();
                    if (duck.columns() != null && !duck.columns().equals(hubs.columns())) {
                        mismatches.add(new Mismatch(district, report.file, "the columns differ: hub " + hubs.columns()
                                + ", DuckDB " + duck.columns()));
                        continue;
                    }
                    difference(hubs.rows(), duck.rows(), report.ordered)
                            .ifPresent(what -> mismatches.add(new Mismatch(district, report.file, what)));
                }
            }
        } finally {
            ByDistrict.delete(split);
        }
        return new Result(districts.size(), rows, List.copyOf(mismatches));
    }

    /**
     * How two lists of rows differ: the rows only one side has (how many, and the first of each side), else, when
     * {@code ordered}, the first row out of order.
     */
    static Optional<String> difference(List<List<String>> hub, List<List<String>> duck, boolean ordered) {
        Map<List<String>, Integer> balance = new HashMap<>();
        hub.forEach(r -> balance.merge(r, 1, Integer::sum));
        duck.forEach(r -> balance.merge(r, -1, Integer::sum));
        List<String> sides = new ArrayList<>();
        side("the hub", hub, balance, 1).ifPresent(sides::add);
        side("DuckDB", duck, balance, -1).ifPresent(sides::add);
        if (!sides.isEmpty()) return Optional.of(String.join("; ", sides));
        if (!ordered) return Optional.empty();
        return IntStream.range(0, hub.size()).filter(i -> !hub.get(i).equals(duck.get(i))).boxed().findFirst()
                .map(i -> "the same rows in another order, from data row " + (i + 1) + ": hub " + hub.get(i) + ", DuckDB " + duck.get(i));
    }

    /** The rows that only {@code name} has ({@code sign} 1 for the hub, -1 for DuckDB): how many, and the first. */
    private static Optional<String> side(String name, List<List<String>> rows, Map<List<String>, Integer> balance, int sign) {
        long extra = balance.values().stream().filter(n -> n * sign > 0).mapToLong(n -> Math.abs((long) n)).sum();
        if (extra == 0) return Optional.empty();
        int first = IntStream.range(0, rows.size()).filter(i -> balance.get(rows.get(i)) * sign > 0).findFirst().orElseThrow();
        return Optional.of(extra + " row(s) only in " + name + ", the first (its data row " + (first + 1) + "): " + rows.get(first));
    }

    /** A file's header and rows, the Date Time Generated column left out; no columns and no rows when it is missing. */
    private static Table read(Path file) {
        if (!Files.exists(file)) return new Table(null, List.of());
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int generated = header.indexOf(GENERATED);
            List<List<String>> rows = new ArrayList<>();
            records.forEachRemaining(r -> rows.add(without(r.toList(), generated)));
            return new Table(without(header, generated), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<String> without(List<String> row, int column) {
        List<String> kept = new ArrayList<>(row);
        if (column >= 0) kept.remove(column);
        return kept;
    }
}
