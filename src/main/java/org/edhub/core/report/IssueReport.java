package org.edhub.core.report;

import java.nio.file.Path;

import org.edhub.core.issue.Issue;

/** The issue report of a run: every issue, one row each, in the order found. */
public final class IssueReport {
    public static final String[] HEADER = {"Severity", "Rule", "File", "Row", "Field", "Value", "Message", "Fix"};

    private IssueReport() {
    }

    public static Path write(Path target, Iterable<Issue> issues) {
        try (CsvReport csv = CsvReport.create(target, HEADER)) {
            for (Issue i : issues) {
                csv.row(i.severity().name(), i.rule(), i.file(), i.row(), i.field(), i.value(), i.message(), i.fix());
            }
        }
        return target;
    }
}
