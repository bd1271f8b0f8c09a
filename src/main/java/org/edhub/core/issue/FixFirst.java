package org.edhub.core.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to fix first: the issues of a run as findings, one per rule, titled in the state's words; errors, then
 * warnings, then information issues, each severity's largest finding first (ties by title, then code).
 */
public final class FixFirst {
    private static final Comparator<Finding> LARGEST_FIRST = Comparator.comparingInt(Finding::count).reversed()
            .thenComparing(Finding::title).thenComparing(Finding::rule);

    private FixFirst() {
    }

    /** One {@link Findings} per severity that has issues, in the order of {@link Severity}. */
    public static List<Findings> of(Collection<Issue> issues, RuleTitles titles) {
        List<Findings> out = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            Map<String, List<Issue>> byRule = new LinkedHashMap<>();
            issues.stream().filter(i -> i.severity() == severity)
                    .forEach(i -> byRule.computeIfAbsent(i.rule(), r -> new ArrayList<>()).add(i));
            if (byRule.isEmpty()) continue;
            int total = byRule.values().stream().mapToInt(List::size).sum();
            List<Finding> findings = byRule.entrySet().stream()
                    .map(e -> new Finding(severity, e.getKey(), titles.of(e.getKey()), e.getValue().get(0).fix(), e.getValue(), total))
                    .sorted(LARGEST_FIRST).toList();
            out.add(new Findings(severity, findings));
        }
        return out;
    }
}
