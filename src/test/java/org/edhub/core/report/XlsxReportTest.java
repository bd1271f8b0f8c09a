package org.edhub.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook writer's output opened with POI, an independent implementation of the format. */
class XlsxReportTest {
    @TempDir
    Path dir;

    @Test
    void sheetsHaveBoldFrozenHeadersNumbersNeutralisedTextAndTotalsThatRecompute() throws IOException {
        Path target = dir.resolve("out.xlsx");
        try (XlsxReport book = XlsxReport.create(target)) {
            book.sheet("Counts", List.of("Name", "Label", "A", "B"))
                    .row(List.of("=HYPERLINK(\"x\")", "<b>&amp; \"quoted\"", 3, 4))
                    .row(java.util.Arrays.asList(null, "-12", 5, 6))
                    .totals("Total", 2, 3);
            XlsxReport.Sheet empty = book.sheet("Empty", List.of("A", "B"));
            empty.totals("Total", 1, 1);
        }
        assertThat(dir.resolve("out.xlsx.part")).doesNotExist();
        try (InputStream in = Files.newInputStream(target); Workbook wb = WorkbookFactory.create(in)) {
            Sheet counts = wb.getSheet("Counts");
            Row header = counts.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(wb.getFontAt(header.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(((XSSFSheet) counts).getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row first = counts.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("<b>&amp; \"quoted\"");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(counts.getRow(2).getCell(0)).as("an empty value leaves the cell empty").isNull();
            assertThat(counts.getRow(2).getCell(1).getStringCellValue()).isEqualTo("-12");
            Row total = counts.getRow(3);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getCellFormula()).isEqualTo("SUM(C2:C3)");
            assertThat(wb.getFontAt(total.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(eval.evaluate(total.getCell(3)).getNumberValue()).isEqualTo(10.0);
            first.getCell(3).setCellValue(40);
            eval.clearAllCachedResultValues();
            assertThat(eval.evaluate(total.getCell(3)).getNumberValue()).isEqualTo(46.0);
            assertThat(wb.getSheet("Empty").getRow(1).getCell(1).getCellFormula()).isEqualTo("0");
        }
    }

    @Test
    void aStreamTargetIsLeftOpenAndHoldsTheWorkbook() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (XlsxReport book = XlsxReport.to(out)) {
            XlsxReport.Sheet sheet = book.sheet("Rows", List.of("N"));
            for (int i = 0; i < 2500; i++) sheet.row(List.of(i));
            assertThat(sheet.rows()).isEqualTo(2501);
        }
        assertThat(closed[0]).as("the caller's stream stays open").isFalse();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet rows = wb.getSheet("Rows");
            assertThat(rows.getLastRowNum()).isEqualTo(2500);
            assertThat(rows.getRow(2500).getCell(0).getNumericCellValue()).isEqualTo(2499.0);
        }
    }

    @Test
    void textIsWrittenAsUtf8WithSpacesKeptAndCharactersXmlCannotHoldLeftOut() throws IOException {
        Path target = dir.resolve("text.xlsx");
        try (XlsxReport book = XlsxReport.create(target)) {
            book.sheet("Names: a/b [x]", List.of("Name"))
                    .row(List.of("Zo\u00eb \u00d1u\u00f1ez \u20ac \uD83D\uDE00"))
                    .row(List.of("  two spaces around  "))
                    .row(List.of("bell\u0007 and tab\t"))
                    .row(List.of("lone \uD800 surrogate"));
            book.sheet("Names: a/b [x]", List.of("Again"));
        }
        try (InputStream in = Files.newInputStream(target); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Names  a b  x");
            assertThat(wb.getSheetName(1)).isEqualTo("Names  a b  x (2)");
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Zo\u00eb \u00d1u\u00f1ez \u20ac \uD83D\uDE00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("  two spaces around  ");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("bell and tab\t");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("lone  surrogate");
        }
    }

    @Test
    void columnNames() {
        assertThat(List.of(XlsxReport.column(0), XlsxReport.column(25), XlsxReport.column(26), XlsxReport.column(701),
                XlsxReport.column(702))).containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }
}
