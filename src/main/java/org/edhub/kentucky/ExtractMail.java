package org.edhub.kentucky;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.edhub.core.program.ReportFormat;
import org.edhub.kentucky.extract.IssueRow;
import org.edhub.kentucky.extract.LeadExtract;
import org.edhub.kentucky.extract.LeadWarning;

/** The lead of an extract run's mail: the Issues warnings the extract wrote, a line per warning with its count. */
final class ExtractMail {
    private ExtractMail() {
    }

    static String summary(LeadExtract extract, ReportFormat format) {
        List<IssueRow> issues = extract.issues();
        StringBuilder b = new StringBuilder("LEAD extract: ").append(issues.size()).append(" Issues warning row(s) in KECS_LEAD_Issues")
                .append(format.extension()).append('\n');
        Map<Integer, Long> counts = new TreeMap<>();
        Map<Integer, LeadWarning> warnings = new TreeMap<>();
        for (IssueRow row : issues) {
            counts.merge(row.warning().number(), 1L, Long::sum);
            warnings.put(row.warning().number(), row.warning());
        }
        counts.forEach((n, count) -> b.append("  - ").append(n).append(' ').append(warnings.get(n).message()).append(": ")
                .append(count).append('\n'));
        return b.toString();
    }
}
