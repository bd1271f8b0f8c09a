package org.edhub.texas.report;

import java.nio.file.Path;
import java.util.List;

import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.Report;
import org.edhub.core.report.IssueReport;
import org.edhub.core.report.XlsxReport;
import org.edhub.core.issue.Issue;

/**
 * The seed's "Export to Excel" template: Elementary and Secondary sheets laid out like the CSV reports with a totals
 * row of SUM formulas (a coordinator's edit recomputes them), then the Teachers drill-down and the run's Issues.
 * Written as a stream of rows ({@link XlsxReport}), never as a whole workbook in memory.
 */
public final class Pr1500Workbook {
    public static final String TOTAL_LABEL = "Total";

    private Pr1500Workbook() {
    }

    /** The workbook of the report rows, the drill-down's rows of cells in order, and the run's issues. */
    public static Path write(Path target, List<CountRow> elementary, List<CountRow> secondary,
                             Iterable<List<Object>> teacherRows, List<Issue> issues) {
        try (XlsxReport book = XlsxReport.create(target)) {
            for (Report report : Report.values()) {
                XlsxReport.Sheet sheet = book.sheet(report.label(), Pr1500Columns.REPORT);
                for (CountRow r : report == Report.ELEMENTARY ? elementary : secondary) sheet.row(Pr1500Columns.report(r));
                sheet.totals(TOTAL_LABEL, Pr1500Columns.FIRST_COUNT, Pr1500Columns.REPORT.size() - 1);
            }
            XlsxReport.Sheet teachers = book.sheet("Teachers", Pr1500Columns.TEACHERS);
            for (List<Object> t : teacherRows) teachers.row(t);
            XlsxReport.Sheet issueSheet = book.sheet("Issues", List.of(IssueReport.HEADER));
            for (Issue i : issues) {
                issueSheet.row(List.of(i.severity().name(), i.rule(), nz(i.file()), i.row() == null ? "" : i.row(),
                        nz(i.field()), nz(i.value()), nz(i.message()), nz(i.fix())));
            }
        }
        return target;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
