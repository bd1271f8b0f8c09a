package org.edhub.kentucky;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.program.ReportFormat;
import org.edhub.kentucky.extract.IssueRow;

/**
 * The warnings an extract writes into its Issues report are warnings of the run as well, one per row, each pointing
 * at its row of the report: a run's counts are those of every issue it produced, its reports' included.
 */
final class ExtractIssues {
    private ExtractIssues() {
    }

    static void report(List<IssueRow> rows, ReportFormat format, IssueSink issues) {
        String report = LeadReports.ISSUES_REPORT + format.extension();
        long row = 1;
        for (IssueRow r : rows) {
            row++;
            String about = r.warning().message() + where(r) + (r.detail() == null ? "" : ": " + r.detail());
            boolean section = r.sectionId() != null;
            issues.report(r.warning().issue(about).at(report, row)
                    .field(section ? "Section ID" : "PersonID", section ? r.sectionId() : r.personId()));
        }
    }

    /** The school, section and person of the row, as far as it names them, after a space; empty for none. */
    private static String where(IssueRow r) {
        List<String> parts = new ArrayList<>();
        if (r.schoolNumber() != null) parts.add((r.schoolName() == null ? "school" : r.schoolName()) + " (" + r.schoolNumber() + ")");
        if (r.sectionId() != null) parts.add("section " + r.sectionId() + (r.courseName() == null ? "" : " " + r.courseName()));
        if (r.personId() != null) {
            parts.add(Stream.of("PersonID", r.personId(), r.firstName(), r.lastName()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" ")));
        }
        return parts.isEmpty() ? "" : " " + String.join(", ", parts);
    }
}
