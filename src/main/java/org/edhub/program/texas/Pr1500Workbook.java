package org.edhub.program.texas;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.edhub.compute.pr1500.CountRow;
import org.edhub.compute.pr1500.Pr1500Result;
import org.edhub.compute.pr1500.Report;
import org.edhub.compute.pr1500.TeacherLine;
import org.edhub.deliver.report.CellText;
import org.edhub.deliver.report.IssueReport;
import org.edhub.issue.Issue;

/**
 * The seed's "Export to Excel" template: Elementary and Secondary sheets laid out like the CSV reports with a totals
 * row of SUM formulas (a coordinator's edit recomputes them), then the Teachers drill-down and the run's Issues.
 * Written as a stream of rows (POI SXSSF), never as a whole workbook in memory.
 */
public final class Pr1500Workbook {
    public static final String TOTAL_LABEL = "Total";
    /** Rows kept in memory per sheet while writing: the workbook is streamed, so a statewide drill-down fits the heap. */
    private static final int ROW_WINDOW = 200;

    private Pr1500Workbook() {
    }

    public static Path write(Path target, Pr1500Result result, List<Issue> issues) {
        try (Workbook book = new StreamedWorkbook(ROW_WINDOW)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle plain = book.getCellStyleAt(0);
            for (Report report : Report.values()) reportSheet(book, report, result.rows(report), bold, plain);
            Sheet teachers = sheet(book, "Teachers", Pr1500Columns.TEACHERS, bold);
            for (TeacherLine t : result.teachers()) row(teachers, Pr1500Columns.teacher(t), plain);
            Sheet issueSheet = sheet(book, "Issues", List.of(IssueReport.HEADER), bold);
            for (Issue i : issues) {
                row(issueSheet, List.of(i.severity().name(), i.rule(), nz(i.file()), i.row() == null ? "" : i.row(),
                        nz(i.field()), nz(i.value()), nz(i.message()), nz(i.fix())), plain);
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                book.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static void reportSheet(Workbook book, Report report, List<CountRow> rows, CellStyle bold, CellStyle plain) {
        Sheet sheet = sheet(book, report.label(), Pr1500Columns.REPORT, bold);
        for (CountRow r : rows) row(sheet, Pr1500Columns.report(r), plain);
        Row total = sheet.createRow(rows.size() + 1);
        Cell label = total.createCell(Pr1500Columns.FIRST_COUNT - 1);
        label.setCellValue(TOTAL_LABEL);
        label.setCellStyle(bold);
        for (int col = Pr1500Columns.FIRST_COUNT; col < Pr1500Columns.REPORT.size(); col++) {
            String letter = CellReference.convertNumToColString(col);
            Cell cell = total.createCell(col);
            cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + letter + "2:" + letter + (rows.size() + 1) + ")");
            cell.setCellStyle(bold);
        }
    }

    private static Sheet sheet(Workbook book, String name, List<String> header, CellStyle bold) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * One row of plain cells. The workbook's default style is set on each cell: the same cell XML as leaving it
     * unset, without POI looking up the column's default style for every cell written.
     */
    private static void row(Sheet sheet, List<?> values, CellStyle plain) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(plain);
            if (v instanceof Number n) cell.setCellValue(n.doubleValue());
            else cell.setCellValue(CellText.safe(v == null ? "" : v.toString()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
