package org.edhub.kentucky.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The first comparator of the Kentucky benchmark, kept for its figure: {@code KyDuckDbPerDistrict DATA OUT} computes
 * DETAIL, CLASSES, SCHOOLWIDE and CASELOAD with DuckDB SQL ({@code bench/ky-lead-extract-per-district.sql}) over the
 * SIS CSVs of every district folder of DATA, one district after the other in one in-memory database (2 threads, 2 GB
 * memory limit), writing the four reports to OUT/&lt;district&gt;/. {@link KyDuckDbStatewide} is the comparator the
 * target is set against. Used by the benchmark only, never by the hub.
 */
public final class KyDuckDbPerDistrict {
    private KyDuckDbPerDistrict() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        DuckScript script = DuckScript.load("/bench/ky-lead-extract-per-district.sql");
        int districts = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute("SET memory_limit = '2GB'");
            for (Path district : KyGenerator.districtFolders(data)) {
                Path target = Files.createDirectories(out.resolve(district.getFileName().toString()));
                script.run(db, Map.of("sis", district.resolve("ky-sis").toAbsolutePath().toString(),
                        "out", target.toAbsolutePath().toString()), null);
                districts++;
            }
        }
        System.out.println("districts " + districts);
    }
}
