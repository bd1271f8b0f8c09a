package org.edhub.texas.web;

import java.util.List;

import org.edhub.core.table.Row;
import org.edhub.core.table.Table;

/** The columns of the PR1500 outputs the dashboard reads, by header. */
final class Pr1500Columns {
    static final String CAMPUS = "Campus ID";
    static final String BOTH = "Both Levels (*)";
    static final String ASSIGNMENT = "Assignment";
    static final String TOTAL = "Total Teachers";
    static final String REPORT = "Report";
    static final String CATEGORIES = "Credential Categories";
    static final String BUCKET = "Experience Bucket";
    /** Columns of the Teachers file not worth repeating on a page that is already about one campus and report. */
    static final List<String> TEACHER_CONTEXT = List.of(REPORT, "District ID", CAMPUS, BOTH);

    private Pr1500Columns() {
    }

    /** The count columns of a report: every column from Total Teachers on. */
    static List<String> counts(Table report) {
        int first = report.headers().indexOf(TOTAL);
        return first < 0 ? List.of() : report.headers().subList(first, report.headers().size());
    }

    /** Whether a teacher line is behind a count of {@code column}: its credential categories or its experience bucket. */
    static boolean counts(Row teacher, String column) {
        if (column.equals(TOTAL)) return true;
        if (teacher.get(BUCKET).equals(column)) return true;
        for (String c : teacher.get(CATEGORIES).split(";")) {
            if (c.strip().equals(column)) return true;
        }
        return false;
    }
}
