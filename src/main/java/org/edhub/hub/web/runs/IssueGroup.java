package org.edhub.hub.web.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The issues of one rule; {@link #of} orders the groups largest first, ties by rule code. */
public record IssueGroup(String rule, String severity, List<IssueLine> lines) {

    public int count() {
        return lines.size();
    }

    public static List<IssueGroup> of(List<IssueLine> issues) {
        Map<String, List<IssueLine>> byRule = new LinkedHashMap<>();
        issues.forEach(i -> byRule.computeIfAbsent(i.rule(), r -> new ArrayList<>()).add(i));
        return byRule.entrySet().stream()
                .map(e -> new IssueGroup(e.getKey(), e.getValue().get(0).severity(), e.getValue()))
                .sorted(Comparator.comparingInt(IssueGroup::count).reversed().thenComparing(IssueGroup::rule))
                .toList();
    }
}
