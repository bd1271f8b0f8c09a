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
 * The comparator of the Kentucky benchmark: {@code KyDuckDbStatewide DATA OUT THREADS MEMORY} computes DETAIL,
 * CLASSES, SCHOOLWIDE and CASELOAD for every district folder of DATA at once, as one DuckDB query set
 * ({@code bench/ky-lead-extract-statewide.sql}: {@code read_csv} over all districts' files with explicit column types,
 * the district taken from each file's folder), in one in-memory database with {@code THREADS} threads and a memory
 * limit of {@code MEMORY} (a DuckDB size, e.g. {@code 2GiB}). It writes one statewide file per report to OUT
 * ({@code KECS_LEAD_Detail.csv}, ...: a District Folder column, then the hub's columns), and each statement's time to
 * standard output. The state classifications come from {@code mappings/} of the working directory, as the hub's do.
 * Used by the benchmark and its tests only, never by the hub.
 */
public final class KyDuckDbStatewide {
    public static final String SCRIPT = "/bench/ky-lead-extract-statewide.sql";

    private KyDuckDbStatewide() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), args[3], true);
    }

    /** Writes the four statewide reports of the district folders of {@code data} to {@code out}. */
    public static void run(Path data, Path out, int threads, String memoryLimit, boolean timings) throws IOException, SQLException {
        Files.createDirectories(out);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("SET threads = " + threads);
            sql.execute("SET memory_limit = '" + memoryLimit + "'");
            DuckScript.load(SCRIPT).run(db, Map.of("data", data.toAbsolutePath().toString(),
                    "out", out.toAbsolutePath().toString(), "mappings", Path.of("mappings").toAbsolutePath().toString()),
                    timings ? System.out : null);
        }
    }

    /** A JVM heap size ({@code 2g}, {@code 512m}) as a DuckDB memory limit of the same number of bytes. */
    public static String memoryLimit(String xmx) {
        String size = xmx.strip().toLowerCase(java.util.Locale.ROOT);
        char unit = size.charAt(size.length() - 1);
        String number = Character.isDigit(unit) ? size : size.substring(0, size.length() - 1);
        return switch (unit) {
            case 'g' -> number + "GiB";
            case 'm' -> number + "MiB";
            case 'k' -> number + "KiB";
            default -> number + "B";
        };
    }
}
