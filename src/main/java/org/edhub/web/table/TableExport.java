package org.edhub.web.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edhub.deliver.report.CellText;
import org.edhub.deliver.report.CsvReport;

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
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                head.createCell(c).setCellValue(table.headers().get(c));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (var row : table.rows()) {
                Row line = sheet.createRow(r++);
                List<String> cells = cells(table.headers(), row);
                for (int c = 0; c < cells.size(); c++) line.createCell(c).setCellValue(CellText.safe(cells.get(c)));
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(List<String> headers, org.edhub.web.table.Row row) {
        return headers.stream().map(row::get).toList();
    }
}
