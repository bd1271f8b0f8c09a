package org.edhub.kentucky.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * ({@code DUCKDB/KECS_LEAD_<Report>.csv}, whose District Folder column names each row's district).
 *
 * <p>Normalised, and nothing else: the Date Time Generated column (the minute each run wrote its reports) is left out
 * on both sides; DuckDB's District Folder column chooses the hub file a row is compared with and is then left out;
 * both files are read as RFC 4180 CSV, so quoting and line ends are not compared. Every other cell, dates, counts,
 * Y/N flags and blanks included, is compared as written, and so is the header. A district's rows must be the same
 * rows (as a multiset); when they are, they must also come in the same order.
 */
public final class KyReportCheck {
    public static final List<String> REPORTS = List.of("KECS_LEAD_Detail", "KECS_LEAD_Classes", "KECS_LEAD_Schoolwide",
            "KECS_LEAD_Caseload");
    static final String DISTRICT = "District Folder";
    static final String GENERATED = "Date Time Generated";

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

    private final Set<String> districts;
    private final Path hub;
    private final List<Mismatch> mismatches = new ArrayList<>();
    private long rows;

    private KyReportCheck(List<String> districts, Path hub) {
        this.districts = new LinkedHashSet<>(districts);
        this.hub = hub;
    }

    /** Compares the hub's reports of {@code districts} under {@code hub} with DuckDB's statewide files under {@code duckdb}. */
    public static Result compare(List<String> districts, Path hub, Path duckdb) {
        KyReportCheck check = new KyReportCheck(districts, hub);
        for (String report : REPORTS) check.report(report, duckdb.resolve(report + ".csv"));
        return new Result(districts.size(), check.rows, List.copyOf(check.mismatches));
    }

    /** Reads DuckDB's statewide file once, a district's rows at a time (the file is sorted by district). */
    private void report(String report, Path statewide) {
        Set<String> seen = new HashSet<>();
        try (Reader in = Files.newBufferedReader(statewide, StandardCharsets.UTF_8); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int folder = header.indexOf(DISTRICT);
            int generated = header.indexOf(GENERATED);
            if (folder < 0) {
                mismatches.add(new Mismatch("(all)", report, "DuckDB's " + statewide.getFileName() + " has no " + DISTRICT + " column"));
                return;
            }
            List<String> columns = without(header, folder, generated);
            String current = null;
            List<List<String>> group = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                String district = record.get(folder);
                if (!district.equals(current)) {
                    if (current != null) district(report, current, columns, group);
                    if (!seen.add(district)) {
                        mismatches.add(new Mismatch(district, report, "DuckDB's rows of the district are not together (not sorted by district)"));
                    }
                    current = district;
                    group = new ArrayList<>();
                }
                group.add(without(record.toList(), folder, generated));
            }
            if (current != null) district(report, current, columns, group);
        } catch (IOException | UncheckedIOException e) {
            mismatches.add(new Mismatch("(all)", report, "DuckDB's " + statewide.getFileName() + " cannot be read: " + e.getMessage()));
            return;
        }
        for (String district : districts) {
            if (!seen.contains(district)) district(report, district, null, List.of());
        }
    }

    /** Compares one district's DuckDB rows ({@code columns} null when DuckDB has none) with the hub's file. */
    private void district(String report, String district, List<String> columns, List<List<String>> duck) {
        if (!districts.contains(district)) {
            mismatches.add(new Mismatch(district, report, "DuckDB has " + duck.size() + " row(s) of a district the tier does not have"));
            return;
        }
        Path file = hub.resolve(district).resolve(report + ".csv");
        if (!Files.exists(file)) {
            mismatches.add(new Mismatch(district, report, "the hub wrote no " + file.getFileName()));
            return;
        }
        List<List<String>> hubRows = new ArrayList<>();
        List<String> hubColumns;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int generated = header.indexOf(GENERATED);
            hubColumns = without(header, -1, generated);
            records.forEachRemaining(r -> hubRows.add(without(r.toList(), -1, generated)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        rows += hubRows.size();
        if (columns != null && !columns.equals(hubColumns)) {
            mismatches.add(new Mismatch(district, report, "the columns differ: hub " + hubColumns + ", DuckDB " + columns));
            return;
        }
        difference(hubRows, duck).ifPresent(what -> mismatches.add(new Mismatch(district, report, what)));
    }

    /** How two lists of rows differ: the rows only one side has (the first of each), else the first row out of order. */
    static Optional<String> difference(List<List<String>> hub, List<List<String>> duck) {
        Map<List<String>, Integer> balance = new HashMap<>();
        hub.forEach(r -> balance.merge(r, 1, Integer::sum));
        duck.forEach(r -> balance.merge(r, -1, Integer::sum));
        List<String> sides = new ArrayList<>();
        side("the hub", hub, balance, 1).ifPresent(sides::add);
        side("DuckDB", duck, balance, -1).ifPresent(sides::add);
        if (!sides.isEmpty()) return Optional.of(String.join("; ", sides));
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

    private static List<String> without(List<String> row, int a, int b) {
        List<String> kept = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) if (i != a && i != b) kept.add(row.get(i));
        return kept;
    }
}
