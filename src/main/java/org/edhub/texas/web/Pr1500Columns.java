package org.edhub.texas.web;

import java.util.List;

import org.edhub.core.table.Row;
import org.edhub.core.table.Table;

/** The columns of the PR1500 outputs the dashboard reads: the names the report writer writes them under. */
final class Pr1500Columns {
    static final String CAMPUS = org.edhub.texas.report.Pr1500Columns.CAMPUS_ID;
    static final String BOTH = org.edhub.texas.report.Pr1500Columns.BOTH_LEVELS;
    static final String ASSIGNMENT = org.edhub.texas.report.Pr1500Columns.ASSIGNMENT;
    static final String TOTAL = org.edhub.texas.report.Pr1500Columns.TOTAL_TEACHERS;
    static final String REPORT = org.edhub.texas.report.Pr1500Columns.REPORT_NAME;
    static final String CATEGORIES = org.edhub.texas.report.Pr1500Columns.CREDENTIAL_CATEGORIES;
    static final String BUCKET = org.edhub.texas.report.Pr1500Columns.EXPERIENCE_BUCKET;
    /** Columns of the Teachers file not worth repeating on a page that is already about one campus and report. */
    static final List<String> TEACHER_CONTEXT = List.of(REPORT, org.edhub.texas.report.Pr1500Columns.DISTRICT_ID, CAMPUS, BOTH);

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
