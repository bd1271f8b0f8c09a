package org.edhub.kentucky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.edhub.bench.Generate;
import org.edhub.bench.Tier;
import org.edhub.cli.RunCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's statewide DuckDB SQL gives the hub's DETAIL, CLASSES, SCHOOLWIDE and CASELOAD row for row, so the SQL
 * cannot drift from the hub's rules unseen: over the tiny tier's two districts (whose school numbers repeat, so the
 * SQL must keep the districts apart; district 102's section numbers made 1 to 12, so that the sorts must take them
 * as numbers, 9 before 10) and the Kentucky sample as a third district (the faults of Issues warnings 1-17).
 */
class KyDuckDbStatewideTest {
    @TempDir
    Path temp;

    @Test
    void statewideSqlGivesTheHubsReportsRowForRow() throws IOException, SQLException {
        Path data = temp.resolve("ky");
        Generate.generate(Tier.TINY, "ky", data, Generate.DEFAULT_SEED);
        numberSections(data.resolve("102/ky-sis/sections.csv"));
        copy(Path.of("samples/ky/ky-sis"), data.resolve("165/ky-sis"));
        List<String> districts = KyGenerator.districtFolders(data).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(districts).containsExactly("101", "102", "165");

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertThat(RunCommand.execute(new String[] {"run", KyBench.EXTRACT, "--year", KyGenerator.YEAR, "--in", data.toString(),
                "--out", temp.resolve("hub").toString()}, quiet, quiet)).isZero();
        KyDuckDbStatewide.run(data, temp.resolve("duckdb"), 2, "1GiB", false);

        KyReportCheck.Result result = KyReportCheck.compare(districts, temp.resolve("hub"), temp.resolve("duckdb"));
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.rows()).isGreaterThan(10_000);
    }

    /** Section numbers 1 to 12, row after row, where the generator writes 1 for every section. */
    private static void numberSections(Path sections) throws IOException {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(sections); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            rows = csv.getRecords();
        }
        int column = rows.get(0).toList().indexOf("section_number");
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(sections), CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            out.printRecord(rows.get(0).toList());
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i).toList());
                row.set(column, String.valueOf(i % 12 + 1));
                out.printRecord(row);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
