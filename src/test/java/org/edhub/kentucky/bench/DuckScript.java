package org.edhub.kentucky.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL script of the benchmark's resources ({@code src/test/resources/bench/}) run on a DuckDB connection: its
 * {@code ${name}} placeholders filled in, its statements separated by a line holding only {@code ;}, run one after
 * the other. Each statement's wall time can be written to a stream, so a comparator's log shows where its time went.
 */
final class DuckScript {
    private static final Pattern COPY_TARGET = Pattern.compile("\\nTO '(?:[^']*/)?([^'/]+)'");
    private final String resource;
    private final String text;

    private DuckScript(String resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    static DuckScript load(String resource) {
        try (InputStream in = DuckScript.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("No script " + resource + " on the class path");
            return new DuckScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Runs every statement with the placeholders replaced by {@code values}; {@code timings} may be null. */
    void run(Connection db, Map<String, String> values, PrintStream timings) throws SQLException {
        String filled = text;
        for (Map.Entry<String, String> v : values.entrySet()) filled = filled.replace("${" + v.getKey() + "}", v.getValue());
        if (filled.contains("${")) throw new IllegalArgumentException(resource + " has a placeholder left: " + filled.substring(filled.indexOf("${")));
        try (Statement sql = db.createStatement()) {
            for (String statement : filled.split("\n;\n")) {
                if (statement.isBlank()) continue;
                long started = System.nanoTime();
                sql.execute(statement);
                if (timings != null) {
                    timings.printf(Locale.ROOT, "%8.2f s  %s%n", (System.nanoTime() - started) / 1e9, firstLine(statement));
                }
            }
        }
    }

    /** The statement's first line that is not a comment, and for a COPY the file it writes, to name it in the timings. */
    static String firstLine(String statement) {
        String first = statement.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--")).findFirst().orElse("");
        Matcher target = COPY_TARGET.matcher(statement);
        return first.startsWith("COPY") && target.find() ? "COPY TO " + target.group(1) : first;
    }
}
