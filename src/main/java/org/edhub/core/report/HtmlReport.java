package org.edhub.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.edhub.core.privacy.Ssn;

/**
 * Writes one report as a self-contained HTML page a coordinator opens in a browser: a title, the row count and a
 * table with a sticky header; every value masked as a value of its column ({@link Ssn#mask}) and HTML-escaped.
 * Written to a temporary name and moved into place.
 */
public final class HtmlReport implements AutoCloseable {
    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:13px;margin:16px}"
            + "table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}"
            + "th{background:#e8eef5;position:sticky;top:0}tr:nth-child(even) td{background:#f7f7f7}";

    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private final List<String> header;
    private long rows;

    private HtmlReport(Path target, String title, List<String> header) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        this.header = header;
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + escape(title) + "</h1>\n<table><thead><tr>");
        for (String name : header) out.write("<th>" + escape(name) + "</th>");
        out.write("</tr></thead><tbody>\n");
    }

    public static HtmlReport create(Path target, String title, List<String> header) {
        try {
            return new HtmlReport(target, title, header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    public HtmlReport row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One row; null is an empty cell. */
    public HtmlReport row(List<?> cells) {
        try {
            out.write("<tr>");
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                String column = c < header.size() ? header.get(c) : null;
                out.write("<td>" + escape(cell == null ? "" : Ssn.mask(column, cell.toString())) + "</td>");
            }
            out.write("</tr>\n");
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return this;
    }

    /** Escapes the characters HTML gives a meaning to, in text and in attribute values. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        try {
            out.write("</tbody></table>\n<p>" + rows + (rows == 1 ? " row" : " rows") + "</p>\n</body></html>\n");
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
