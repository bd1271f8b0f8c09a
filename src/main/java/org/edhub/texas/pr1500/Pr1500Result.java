package org.edhub.texas.pr1500;

import java.util.List;

/** The counts of a run: the rows of each report, sorted by campus then assignment, and the drill-down behind them. */
public record Pr1500Result(List<CountRow> elementary, List<CountRow> secondary, List<TeacherLine> teachers) {
    public List<CountRow> rows(Report report) {
        return report == Report.ELEMENTARY ? elementary : secondary;
    }
}
