package org.edhub.texas.parts;

import java.util.List;

import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.Report;

/** What the outputs are written from: the rows of each report, and the drill-down's rows of cells in order. */
public record Pr1500Output(List<CountRow> elementary, List<CountRow> secondary, Iterable<List<Object>> teachers) {
    public List<CountRow> rows(Report report) {
        return report == Report.ELEMENTARY ? elementary : secondary;
    }
}
