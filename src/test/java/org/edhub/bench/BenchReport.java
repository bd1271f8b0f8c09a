package org.edhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's section of {@code docs/benchmarks.md}: what ran, a table of measured runs and the lines under it.
 * The section sits between {@code <!-- bench:KEY -->} markers and a new run of the same key replaces it.
 */
public final class BenchReport {
    private static final String COST_COLUMNS = "| run | wall s | CPU s | rows/s (wall) | peak RSS MB | peak heap MB (before a GC) | status |\n"
            + "|---|---:|---:|---:|---:|---:|---|\n";
    private final String key;
    private final String title;
    private final String columns;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A section of measured child runs ({@link #run}). */
    public BenchReport(String key, String title) {
        this(key, title, COST_COLUMNS);
    }

    /** A section whose table has its own columns: {@code columns} is the table's header and alignment lines. */
    public BenchReport(String key, String title, String columns) {
        this.key = key;
        this.title = title;
        this.columns = columns;
    }

    /** A row of a table with its own columns. */
    public void row(List<String> cells) {
        rows.add("| " + String.join(" | ", cells) + " |");
    }

    public void run(String what, long rowsRead, ChildRun.Cost cost) {
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,d | %,d | %s | %s |", what, cost.wallSeconds(),
                cost.cpuSeconds(), Math.round(rowsRead / cost.wallSeconds()), cost.peakRssMb(),
                cost.peakHeapMb() < 0 ? "n/a" : cost.peakHeapMb() == 0 ? "no GC" : String.format("%,d", cost.peakHeapMb()), cost.exit() == 0 ? "ok" : "exit " + cost.exit()));
    }

    public void note(String line) {
        notes.add(line);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("<!-- bench:" + key + " -->\n### " + title + "\n\n");
        md.append("Run ").append(LocalDate.now()).append(" on ").append(Machine.describe()).append(".\n\n");
        md.append(columns);
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.append("<!-- /bench:").append(key).append(" -->\n").toString();
    }

    /** Writes the section into {@code doc}, replacing the previous one of the same key, else at the end. */
    public void writeInto(Path doc) {
        try {
            String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
            String open = "<!-- bench:" + key + " -->";
            String close = "<!-- /bench:" + key + " -->\n";
            int from = text.indexOf(open);
            int to = text.indexOf(close);
            String updated = from >= 0 && to > from ? text.substring(0, from) + markdown() + text.substring(to + close.length())
                    : text + (text.endsWith("\n\n") ? "" : "\n") + markdown();
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
