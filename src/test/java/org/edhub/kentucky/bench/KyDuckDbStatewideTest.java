package org.edhub.kentucky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.edhub.bench.Generate;
import org.edhub.bench.Tier;
import org.edhub.cli.RunCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's statewide DuckDB SQL gives the hub's DETAIL, CLASSES, SCHOOLWIDE and CASELOAD row for row, so the SQL
 * cannot drift from the hub's rules unseen: over the tiny tier's two districts (whose school numbers repeat, so the
 * SQL must keep the districts apart) and the Kentucky sample as a third district (the faults of Issues warnings 1-17).
 */
class KyDuckDbStatewideTest {
    @TempDir
    Path temp;

    @Test
    void statewideSqlGivesTheHubsReportsRowForRow() throws IOException, SQLException {
        Path data = temp.resolve("ky");
        Generate.generate(Tier.TINY, "ky", data, Generate.DEFAULT_SEED);
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

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) Files.copy(file, to.resolve(file.getFileName()));
        }
    }
}
