package org.edhub.texas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.core.table.Row;
import org.edhub.core.table.Table;

/** One campus of a PR1500 report: a line per assignment and the campus totals, each count linking to its teachers. */
public record CampusTable(String campusId, boolean bothLevels, List<Line> lines, List<Cell> totals) {

    /** A count and the page listing the teachers behind it (none for a zero). */
    public record Cell(long value, String href) {
    }

    public record Line(String assignment, List<Cell> cells) {
    }

    /** @param teachersPath the teachers page of the report, to which each count adds its campus, assignment and column */
    public static List<CampusTable> of(Table report, String teachersPath) {
        List<String> columns = Pr1500Columns.counts(report);
        Map<String, List<Row>> byCampus = new LinkedHashMap<>();
        report.rows().forEach(r -> byCampus.computeIfAbsent(r.get(Pr1500Columns.CAMPUS), c -> new ArrayList<>()).add(r));
        List<CampusTable> campuses = new ArrayList<>();
        byCampus.forEach((campus, rows) -> {
            long[] sums = new long[columns.size()];
            List<Line> lines = new ArrayList<>();
            for (Row r : rows) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    long v = number(r.get(columns.get(i)));
                    sums[i] += v;
                    cells.add(cell(v, TeacherQuery.href(teachersPath, campus, r.get(Pr1500Columns.ASSIGNMENT), columns.get(i))));
                }
                lines.add(new Line(r.get(Pr1500Columns.ASSIGNMENT), cells));
            }
            List<Cell> totals = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                totals.add(cell(sums[i], TeacherQuery.href(teachersPath, campus, null, columns.get(i))));
            }
            campuses.add(new CampusTable(campus, rows.stream().anyMatch(r -> r.get(Pr1500Columns.BOTH).equals("*")), lines, totals));
        });
        return campuses;
    }

    private static Cell cell(long value, String href) {
        return new Cell(value, value == 0 ? null : href);
    }

    private static long number(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
