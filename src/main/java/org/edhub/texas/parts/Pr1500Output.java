package org.edhub.texas.parts;

import java.util.List;
import java.util.Map;

import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.Report;

/**
 * What the outputs are written from: the rows of each report, the drill-down's rows of cells in order, and the
 * unmapped service IDs with how many teachers hold each (for the run's mail).
 */
public record Pr1500Output(List<CountRow> elementary, List<CountRow> secondary, Iterable<List<Object>> teachers,
                           Map<String, Integer> unmappedTeachers) {
    public List<CountRow> rows(Report report) {
        return report == Report.ELEMENTARY ? elementary : secondary;
    }
}
