package org.edhub.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.junit.jupiter.api.io.TempDir;

/** The workbook writer's output opened with POI, an independent implementation of the format. */
class XlsxReportTest {
    @TempDir
    Path dir;

    @Test
    void sheetsHaveBoldFrozenHeadersNumbersAndNeutralisedText() throws IOException {
        Path target = dir.resolve("out.xlsx");
        try (XlsxReport book = XlsxReport.create(target)) {
            book.sheet("Counts", List.of("Name", "Label", "A", "B"))
                    .row(List.of("=HYPERLINK(\"x\")", "<b>&amp; \"quoted\"", 3, 4))
                    .row(java.util.Arrays.asList(null, "-12", 5, 6));
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
            assertThat(counts.getRepeatingRows()).as("no print setup without a layout").isNull();
        }
    }

    @Test
    void subtotalsNestAreCachedForReadersThatDoNotRecalculateAndRecomputeAfterAnEdit() throws IOException {
        Path target = dir.resolve("totals.xlsx");
        try (XlsxReport book = XlsxReport.create(target)) {
            XlsxReport.Sheet sheet = book.sheet("Counts", List.of("Name", "Label", "A", "B"));
            XlsxReport.Mark all = sheet.mark();
            XlsxReport.Mark one = sheet.mark();
            sheet.row(List.of("x", "a", 3, 4)).row(List.of("y", "b", 5, 6.5)).subtotals(List.of("=one", "Group"), 3, one);
            XlsxReport.Mark two = sheet.mark();
            sheet.row(List.of("z", "c", 7, 8)).subtotals(List.of("two", "Group"), 3, two);
            sheet.subtotals(List.of("", "Total"), 3, all);
            XlsxReport.Sheet empty = book.sheet("Empty", List.of("A", "B"));
            empty.subtotals(List.of("Total"), 1, empty.mark());
        }
        try (InputStream in = Files.newInputStream(target); Workbook wb = WorkbookFactory.create(in)) {
            Sheet counts = wb.getSheet("Counts");
            assertThat(counts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'=one");
            assertThat(counts.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Group");
            assertThat(wb.getFontAt(counts.getRow(3).getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(formulas(counts, 3)).containsExactly("SUBTOTAL(9,C2:C3)", "SUBTOTAL(9,D2:D3)");
            assertThat(formulas(counts, 5)).containsExactly("SUBTOTAL(9,C5:C5)", "SUBTOTAL(9,D5:D5)");
            assertThat(formulas(counts, 6)).containsExactly("SUBTOTAL(9,C2:C6)", "SUBTOTAL(9,D2:D6)");
            assertThat(cached(counts, 3)).containsExactly(8.0, 10.5);
            assertThat(cached(counts, 5)).containsExactly(7.0, 8.0);
            assertThat(cached(counts, 6)).as("the groups' subtotals are not counted twice").containsExactly(15.0, 18.5);
            Cell zero = wb.getSheet("Empty").getRow(1).getCell(1);
            assertThat(zero.getCellFormula()).isEqualTo("0");
            assertThat(zero.getNumericCellValue()).isEqualTo(0.0);

            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (int r : List.of(3, 5, 6)) {
                for (int c : List.of(2, 3)) {
                    Cell cell = counts.getRow(r).getCell(c);
                    assertThat(eval.evaluate(cell).getNumberValue()).as("row %d column %d", r, c).isEqualTo(cell.getNumericCellValue());
                }
            }
            counts.getRow(1).getCell(3).setCellValue(40);
            eval.clearAllCachedResultValues();
            assertThat(eval.evaluate(counts.getRow(3).getCell(3)).getNumberValue()).isEqualTo(46.5);
            assertThat(eval.evaluate(counts.getRow(6).getCell(3)).getNumberValue()).isEqualTo(54.5);
        }
    }

    @Test
    void aLaidOutSheetHasItsColumnWidthsAndPrintsOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        Path target = dir.resolve("layout.xlsx");
        List<String> header = List.of("Name", "A much longer header");
        try (XlsxReport book = XlsxReport.create(target)) {
            book.sheet("Plain", List.of("A"));
            List<List<Object>> rows = List.of(List.of("a value longer than its header", 1), List.of("short", 123456789));
            XlsxReport.Sheet sheet = book.sheet("Bob's counts", header, SheetLayout.fitting(header, rows, 12).fits(1, "x".repeat(30)));
            rows.forEach(sheet::row);
        }
        try (InputStream in = Files.newInputStream(target); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Bob's counts");
            assertThat(sheet.getColumnWidth(0) / 256.0).as("the longest value, at most 12 characters, and a margin").isEqualTo(14.0);
            assertThat(sheet.getColumnWidth(1) / 256.0).as("a bold 30-character label and a margin").isGreaterThan(32.0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(List.of(print.getFitWidth(), print.getFitHeight())).as("one page wide, as many tall as needed")
                    .containsExactly((short) 1, (short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.isPrintGridlines()).isTrue();
            assertThat(sheet.getFooter().getLeft()).isEqualTo("&A");
            assertThat(wb.getSheet("Plain").getRepeatingRows()).isNull();
        }
    }

    /** Excel offers to repair a part whose elements are out of the schema's order; POI's schema types check it. */
    @Test
    void theWorkbookAndItsSheetsAreValidAgainstTheSpreadsheetSchema() throws IOException {
        Path target = dir.resolve("valid.xlsx");
        List<String> header = List.of("Name", "N");
        try (XlsxReport book = XlsxReport.create(target)) {
            book.sheet("Plain", header).row(List.of("a", 1));
            XlsxReport.Sheet sheet = book.sheet("Laid out", header, SheetLayout.fitting(header, List.of(), 10));
            XlsxReport.Mark all = sheet.mark();
            sheet.row(List.of("b", 2)).subtotals(List.of("Total"), 1, all);
        }
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<XmlError> errors = new java.util.ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            try (InputStream part = wb.getPackagePart().getInputStream()) {
                assertThat(WorkbookDocument.Factory.parse(part).validate(options)).as("workbook: %s", errors).isTrue();
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                try (InputStream part = wb.getSheetAt(i).getPackagePart().getInputStream()) {
                    assertThat(WorksheetDocument.Factory.parse(part).validate(options)).as("%s: %s", wb.getSheetName(i), errors).isTrue();
                }
            }
        } catch (XmlException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> formulas(Sheet sheet, int row) {
        return List.of(sheet.getRow(row).getCell(2).getCellFormula(), sheet.getRow(row).getCell(3).getCellFormula());
    }

    /** The values a reader that does not recalculate shows: the cached results of the formulas, read as written. */
    private static List<Double> cached(Sheet sheet, int row) {
        List<Double> values = new java.util.ArrayList<>();
        for (int c : List.of(2, 3)) {
            Cell cell = sheet.getRow(row).getCell(c);
            assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            values.add(cell.getNumericCellValue());
        }
        return values;
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
