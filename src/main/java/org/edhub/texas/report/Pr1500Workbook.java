package org.edhub.texas.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edhub.texas.pr1500.Assignment;
import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.Report;
import org.edhub.core.report.IssueReport;
import org.edhub.core.report.SheetLayout;
import org.edhub.core.report.XlsxReport;
import org.edhub.core.issue.Issue;

/**
 * The seed's "Export to Excel" template: Elementary and Secondary sheets with the columns and rows of the CSV reports,
 * a Campus Total row under each campus's rows and a District Total row under each district's (and a Total of all
 * districts when the report holds several), then the Teachers drill-down and the run's Issues. The totals are
 * SUBTOTAL formulas, so a coordinator's edit recomputes them, written with their values, so a reader that does not
 * recalculate shows them too. Every sheet's columns fit its headers, and it prints landscape, one page wide, with its
 * header row on every page. Written as a stream of rows ({@link XlsxReport}), never as a whole workbook in memory.
 */
public final class Pr1500Workbook {
    public static final String CAMPUS_TOTAL = "Campus Total";
    public static final String DISTRICT_TOTAL = "District Total";
    /** The total of every district, under the District Totals of a report that holds more than one. */
    public static final String TOTAL = "Total";
    /** The widest a text column of the Issues sheet is made; longer messages run past its edge. */
    private static final int ISSUE_TEXT = 60;

    private Pr1500Workbook() {
    }

    /** The workbook of the report rows, the drill-down's rows of cells in order, and the run's issues. */
    public static Path write(Path target, List<CountRow> elementary, List<CountRow> secondary,
                             Iterable<List<Object>> teacherRows, List<Issue> issues) {
        try (XlsxReport book = XlsxReport.create(target)) {
            for (Report report : Report.values()) counts(book, report.label(), report == Report.ELEMENTARY ? elementary : secondary);
            XlsxReport.Sheet teachers = book.sheet("Teachers", Pr1500Columns.TEACHERS, teachersLayout());
            for (List<Object> t : teacherRows) teachers.row(t);
            List<List<Object>> issueRows = new ArrayList<>(issues.size());
            for (Issue i : issues) {
                issueRows.add(List.of(i.severity().name(), i.rule(), nz(i.file()), i.row() == null ? "" : i.row(),
                        nz(i.field()), nz(i.value()), nz(i.message()), nz(i.fix())));
            }
            List<String> issueHeader = List.of(IssueReport.HEADER);
            XlsxReport.Sheet issueSheet = book.sheet("Issues", issueHeader, SheetLayout.fitting(issueHeader, issueRows, ISSUE_TEXT));
            issueRows.forEach(issueSheet::row);
        }
        return target;
    }

    /** A report's rows in campus order, each campus's under its total, each district's under its own. */
    private static void counts(XlsxReport book, String name, List<CountRow> rows) {
        List<List<Object>> cells = rows.stream().map(Pr1500Columns::report).toList();
        int label = Pr1500Columns.FIRST_COUNT - 1;
        int lastSum = Pr1500Columns.REPORT.size() - 1;
        SheetLayout layout = SheetLayout.fitting(Pr1500Columns.REPORT, cells, Integer.MAX_VALUE)
                .fits(label, CAMPUS_TOTAL).fits(label, DISTRICT_TOTAL);
        XlsxReport.Sheet sheet = book.sheet(name, Pr1500Columns.REPORT, layout);
        XlsxReport.Mark all = sheet.mark();
        int districts = 0;
        for (int i = 0; i < rows.size(); districts++) {
            String districtId = rows.get(i).districtId;
            XlsxReport.Mark district = sheet.mark();
            while (i < rows.size() && rows.get(i).districtId.equals(districtId)) {
                CountRow first = rows.get(i);
                XlsxReport.Mark campus = sheet.mark();
                while (i < rows.size() && sameCampus(first, rows.get(i))) sheet.row(cells.get(i++));
                sheet.subtotals(List.of(districtId, first.campusId, first.bothLevels ? "*" : "", CAMPUS_TOTAL), lastSum, campus);
            }
            sheet.subtotals(List.of(districtId, "", "", DISTRICT_TOTAL), lastSum, district);
        }
        if (districts != 1) sheet.subtotals(List.of("", "", "", TOTAL), lastSum, all);
    }

    private static boolean sameCampus(CountRow a, CountRow b) {
        return a.campusId.equals(b.campusId) && a.districtId.equals(b.districtId);
    }

    /** The drill-down is streamed: its columns fit their headers, its report and assignment columns any of theirs. */
    private static SheetLayout teachersLayout() {
        SheetLayout layout = SheetLayout.fitting(Pr1500Columns.TEACHERS, List.of(), Integer.MAX_VALUE);
        int report = Pr1500Columns.TEACHERS.indexOf(Pr1500Columns.REPORT_NAME);
        for (Report r : Report.values()) layout = layout.fits(report, r.label());
        int assignment = Pr1500Columns.TEACHERS.indexOf(Pr1500Columns.ASSIGNMENT);
        for (Assignment a : Assignment.values()) layout = layout.fits(assignment, a.label());
        return layout;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
