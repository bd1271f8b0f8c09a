package org.edhub.kentucky.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The comparator of the Kentucky benchmark: {@code KyDuckDb DATA OUT} computes DETAIL, CLASSES, SCHOOLWIDE and
 * CASELOAD with DuckDB SQL ({@code bench/ky-lead-extract.sql}) over the SIS CSVs of every district folder of DATA,
 * one district after the other in one in-memory database (2 threads, 2 GB memory limit), writing the four reports
 * to OUT/&lt;district&gt;/. Used by the benchmark only, never by the hub.
 */
public final class KyDuckDb {
    private KyDuckDb() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String script;
        try (InputStream in = KyDuckDb.class.getResourceAsStream("/bench/ky-lead-extract.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int districts = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("SET threads = 2");
            sql.execute("SET memory_limit = '2GB'");
            for (Path district : districtFolders(data)) {
                Path target = Files.createDirectories(out.resolve(district.getFileName().toString()));
                String filled = script.replace("${sis}", district.resolve("ky-sis").toAbsolutePath().toString())
                        .replace("${out}", target.toAbsolutePath().toString());
                for (String statement : filled.split("\n;\n")) {
                    if (!statement.isBlank()) sql.execute(statement);
                }
                districts++;
            }
        }
        System.out.println("districts " + districts);
    }

    public static List<Path> districtFolders(Path data) throws IOException {
        try (Stream<Path> list = Files.list(data)) {
            return list.filter(p -> Files.isDirectory(p.resolve("ky-sis"))).sorted().toList();
        }
    }
}
