package org.edhub.texas;

import org.edhub.texas.report.Pr1500Columns;
import org.edhub.texas.report.Pr1500Workbook;



import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel template opened with POI: totals are formulas, agree with the CSV, and recompute after an edit. */
class Pr1500WorkbookTest {
    @TempDir
    Path out;

    @Test
    void totalsAreFormulasThatAgreeWithTheCsvAndRecompute() throws IOException {
        Path samples = Path.of("samples/tx");
        Map<String, List<InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, Pr1500ProgramTest.files(samples.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, Pr1500ProgramTest.files(samples.resolve(Pr1500Program.PEIMS)));
        Issues issues = new Issues();
        new Pr1500Program().run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"), inputs, out,
                ReportFormat.CSV, Mappings.defaults(), issues));
        try (InputStream in = Files.newInputStream(out.resolve(Pr1500Program.WORKBOOK));
             Workbook book = WorkbookFactory.create(in)) {
            assertEquals(List.of("Elementary", "Secondary", "Teachers", "Issues"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            for (String name : List.of("Elementary", "Secondary")) {
                List<CSVRecord> csv = Pr1500ProgramTest.csv(out.resolve("PR1500_Part2_" + name + ".csv"));
                Sheet sheet = book.getSheet(name);
                assertEquals(csv.size() + 1, sheet.getLastRowNum(), "header, rows, totals");
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertEquals(Pr1500Workbook.TOTAL_LABEL, total.getCell(Pr1500Columns.FIRST_COUNT - 1).getStringCellValue());
                for (int col = Pr1500Columns.FIRST_COUNT; col < Pr1500Columns.REPORT.size(); col++) {
                    Cell cell = total.getCell(col);
                    assertEquals(CellType.FORMULA, cell.getCellType(), name + " column " + col);
                    final int c = col;
                    int csvSum = csv.stream().mapToInt(r -> Integer.parseInt(r.get(c))).sum();
                    assertEquals(csvSum, (int) eval.evaluate(cell).getNumberValue(), name + " column " + col);
                    for (int r = 1; r <= csv.size(); r++) {
                        assertEquals(csv.get(r - 1).get(col), String.valueOf((int) sheet.getRow(r).getCell(col).getNumericCellValue()));
                    }
                }
            }
            Sheet elem = book.getSheet("Elementary");
            Cell firstTotal = elem.getRow(1).getCell(Pr1500Columns.FIRST_COUNT);
            double before = eval.evaluate(elem.getRow(elem.getLastRowNum()).getCell(Pr1500Columns.FIRST_COUNT)).getNumberValue();
            firstTotal.setCellValue(firstTotal.getNumericCellValue() - 1);
            eval.clearAllCachedResultValues();
            assertEquals(before - 1, eval.evaluate(elem.getRow(elem.getLastRowNum()).getCell(Pr1500Columns.FIRST_COUNT)).getNumberValue());
            assertEquals(issues.size(), book.getSheet("Issues").getLastRowNum());
            assertTrue(book.getSheet("Teachers").getLastRowNum() > 20);
        }
    }
}
