package org.edhub.core.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edhub.core.report.CsvReport;
import org.edhub.core.report.XlsxReport;

/** A table as a coordinator downloads it: CSV through the hub's report writer, or an Excel sheet. */
public final class TableExport {
    private TableExport() {
    }

    public static void csv(Table table, OutputStream out) {
        try {
            Path tmp = Files.createTempFile("edhub-export", ".csv");
            try {
                try (CsvReport report = CsvReport.create(tmp, table.headers())) {
                    for (var row : table.rows()) report.row(cells(table.headers(), row));
                }
                Files.copy(tmp, out);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(Table table, String sheetName, OutputStream out) {
        try (XlsxReport book = XlsxReport.to(out)) {
            XlsxReport.Sheet sheet = book.sheet(sheetName, table.headers());
            for (var row : table.rows()) sheet.row(cells(table.headers(), row));
        }
    }

    private static List<String> cells(List<String> headers, org.edhub.core.table.Row row) {
        return headers.stream().map(row::get).toList();
    }
}
