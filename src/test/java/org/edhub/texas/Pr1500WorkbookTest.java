package org.edhub.texas;

import org.edhub.texas.report.Pr1500Columns;
import org.edhub.texas.report.Pr1500Workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.edhub.bench.Generate;
import org.edhub.bench.Tier;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel template opened with POI. The totals are read as a reader that does not recalculate shows them (the
 * formulas' cached results, no evaluator): a Campus Total under each campus's rows and a District Total under the
 * district's, equal to the sums of the CSV report's rows; with an evaluator, every cached value is what its formula
 * computes, and an edit recomputes both. Every header fits its column, and the sheets print one page wide.
 */
class Pr1500WorkbookTest {
    private static final List<String> REPORTS = List.of("Elementary", "Secondary");
    private static final int LABEL = Pr1500Columns.FIRST_COUNT - 1;

    @TempDir
    Path out;

    @Test
    void campusAndDistrictTotalsAreCachedAndAreTheSumsOfTheCsvRows() throws IOException {
        Issues issues = run(Path.of("samples/tx"), "099902");
        try (Workbook book = open()) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Elementary", "Secondary", "Teachers", "Issues");
            for (String name : REPORTS) {
                List<CSVRecord> csv = csv(name);
                Sheet sheet = book.getSheet(name);
                Map<String, List<CSVRecord>> byCampus = byColumn(csv, Pr1500Columns.CAMPUS_ID);
                List<String> campusTotals = new ArrayList<>();
                int data = 0;
                for (int r = 1; r < sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (text(row, LABEL).equals(Pr1500Workbook.CAMPUS_TOTAL)) {
                        String campus = text(row, 1);
                        campusTotals.add(campus);
                        assertThat(text(row, 0)).isEqualTo("099902");
                        assertThat(cachedTotals(row)).as(name + " campus " + campus).isEqualTo(sums(byCampus.get(campus)));
                    } else {
                        assertThat(cells(row)).as(name + " row " + r).isEqualTo(csv.get(data++).toList());
                    }
                }
                assertThat(data).as("every CSV row, in order").isEqualTo(csv.size());
                assertThat(campusTotals).as("a total under each campus").containsExactlyElementsOf(byCampus.keySet());
                Row district = sheet.getRow(sheet.getLastRowNum());
                assertThat(List.of(text(district, 0), text(district, LABEL))).containsExactly("099902", Pr1500Workbook.DISTRICT_TOTAL);
                assertThat(cachedTotals(district)).as(name + " district").isEqualTo(sums(csv));
            }
            Sheet elementary = book.getSheet("Elementary");
            Row firstCampus = totalRow(elementary, Pr1500Workbook.CAMPUS_TOTAL);
            assertThat(List.of(text(firstCampus, 1), number(firstCampus, Pr1500Columns.FIRST_COUNT)))
                    .as("099902101: Generalist 6, Mathematics 1, Languages Other Than English 1").containsExactly("099902101", "8");
            assertThat(book.getSheet("Issues").getLastRowNum()).isEqualTo(issues.size());
            assertThat(book.getSheet("Teachers").getLastRowNum()).isGreaterThan(20);
        }
    }

    @Test
    void everyCachedTotalIsWhatItsFormulaComputesAndAnEditRecomputesTheCampusAndDistrictTotals() throws IOException {
        run(Path.of("samples/tx"), "099902");
        try (Workbook book = open()) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (String name : REPORTS) {
                for (Row row : book.getSheet(name)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        assertThat(cell.getCellFormula()).startsWith("SUBTOTAL(9,");
                        assertThat(eval.evaluate(cell).getNumberValue()).as(name + " " + cell.getAddress())
                                .isEqualTo(cell.getNumericCellValue());
                        formulas++;
                    }
                }
            }
            assertThat(formulas).as("four campus totals and two district totals at least").isGreaterThanOrEqualTo(6 * 15);
            Sheet elementary = book.getSheet("Elementary");
            Cell count = elementary.getRow(1).getCell(Pr1500Columns.FIRST_COUNT);
            Cell campus = totalRow(elementary, Pr1500Workbook.CAMPUS_TOTAL).getCell(Pr1500Columns.FIRST_COUNT);
            Cell district = elementary.getRow(elementary.getLastRowNum()).getCell(Pr1500Columns.FIRST_COUNT);
            double campusBefore = campus.getNumericCellValue();
            double districtBefore = district.getNumericCellValue();
            count.setCellValue(count.getNumericCellValue() - 1);
            eval.clearAllCachedResultValues();
            assertThat(eval.evaluate(campus).getNumberValue()).isEqualTo(campusBefore - 1);
            assertThat(eval.evaluate(district).getNumberValue()).isEqualTo(districtBefore - 1);
        }
    }

    @Test
    void everyHeaderAndCountFitsItsColumnAndTheSheetsPrintOnePageWideWithTheirHeaderOnEveryPage() throws IOException {
        run(Path.of("samples/tx"), "099902");
        try (Workbook book = open()) {
            for (Sheet sheet : book) {
                for (Cell header : sheet.getRow(0)) {
                    String text = header.getStringCellValue();
                    assertThat(sheet.getColumnWidth(header.getColumnIndex()) / 256.0)
                            .as(sheet.getSheetName() + " header " + text).isGreaterThanOrEqualTo(text.length() * 1.1 + 1);
                }
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(List.of(sheet.getPrintSetup().getFitWidth(), sheet.getPrintSetup().getFitHeight()))
                        .containsExactly((short) 1, (short) 0);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            }
            for (String name : REPORTS) {
                Sheet sheet = book.getSheet(name);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                                : number(row, cell.getColumnIndex());
                        assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256.0).as(name + " " + cell.getAddress())
                                .isGreaterThanOrEqualTo(value.length() + 1.0);
                    }
                }
            }
        }
    }

    @Test
    void aReportOfSeveralDistrictsHasEachDistrictsTotalAndTheTotalOfAll() throws IOException {
        Path in = out.resolve("in");
        Generate.generate(Tier.TINY, "tx", in, Generate.DEFAULT_SEED);
        run(in, "local"); // several districts: every campus kept
        try (Workbook book = open()) {
            for (String name : REPORTS) {
                List<CSVRecord> csv = csv(name);
                Map<String, List<CSVRecord>> byDistrict = byColumn(csv, Pr1500Columns.DISTRICT_ID);
                assertThat(byDistrict).as("the generated statewide inputs").hasSizeGreaterThan(1);
                Sheet sheet = book.getSheet(name);
                Map<String, List<Integer>> districtTotals = new LinkedHashMap<>();
                for (Row row : sheet) {
                    if (text(row, LABEL).equals(Pr1500Workbook.DISTRICT_TOTAL)) districtTotals.put(text(row, 0), cachedTotals(row));
                }
                Map<String, List<Integer>> expected = new LinkedHashMap<>();
                byDistrict.forEach((district, rows) -> expected.put(district, sums(rows)));
                assertThat(districtTotals).as(name).containsExactlyEntriesOf(expected);
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertThat(text(total, LABEL)).isEqualTo(Pr1500Workbook.TOTAL);
                assertThat(cachedTotals(total)).as(name + " all districts").isEqualTo(sums(csv));
            }
        }
    }

    private Issues run(Path in, String district) throws IOException {
        Map<String, List<InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.PEIMS)));
        Issues issues = new Issues();
        new Pr1500Program().run(new ProgramRequest(district, SchoolYear.parse("2018-2019"), inputs, out.resolve("out"), ReportFormat.CSV, Mappings.defaults(), issues));
        return issues;
    }

    /** The workbook opened fresh from its file, as any reader opens it. */
    private Workbook open() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("out").resolve(Pr1500Program.WORKBOOK))) {
            return WorkbookFactory.create(in);
        }
    }

    private List<CSVRecord> csv(String report) throws IOException {
        return Pr1500ProgramTest.csv(out.resolve("out").resolve("PR1500_Part2_" + report + ".csv"));
    }

    private static Map<String, List<CSVRecord>> byColumn(List<CSVRecord> csv, String column) {
        int index = Pr1500Columns.REPORT.indexOf(column);
        Map<String, List<CSVRecord>> groups = new LinkedHashMap<>();
        for (CSVRecord r : csv) groups.computeIfAbsent(r.get(index), k -> new ArrayList<>()).add(r);
        return groups;
    }

    /** The sums of the count columns of CSV report rows. */
    private static List<Integer> sums(List<CSVRecord> rows) {
        List<Integer> sums = new ArrayList<>();
        for (int c = Pr1500Columns.FIRST_COUNT; c < Pr1500Columns.REPORT.size(); c++) {
            int column = c;
            sums.add(rows.stream().mapToInt(r -> Integer.parseInt(r.get(column))).sum());
        }
        return sums;
    }

    /** A totals row's counts as a reader that does not recalculate shows them: each formula's cached result. */
    private static List<Integer> cachedTotals(Row row) {
        List<Integer> totals = new ArrayList<>();
        for (int c = Pr1500Columns.FIRST_COUNT; c < Pr1500Columns.REPORT.size(); c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            totals.add((int) cell.getNumericCellValue());
        }
        return totals;
    }

    private static Row totalRow(Sheet sheet, String label) {
        for (Row row : sheet) if (text(row, LABEL).equals(label)) return row;
        throw new AssertionError("no " + label + " row in " + sheet.getSheetName());
    }

    /** A data row's cells as the CSV writes them. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Pr1500Columns.REPORT.size(); c++) {
            cells.add(c < Pr1500Columns.FIRST_COUNT ? text(row, c) : number(row, c));
        }
        return cells;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private static String number(Row row, int column) {
        return Long.toString((long) row.getCell(column).getNumericCellValue());
    }
}
