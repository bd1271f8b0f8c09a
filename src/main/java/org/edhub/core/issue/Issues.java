package org.edhub.core.issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The issues of one run, in the order they were found, with the counts a run's summary needs. */
public final class Issues implements IssueSink {
    private final List<Issue> all = new ArrayList<>();

    @Override
    public synchronized void report(Issue issue) {
        all.add(issue);
    }

    public synchronized void addAll(Iterable<Issue> issues) {
        issues.forEach(all::add);
    }

    public synchronized List<Issue> all() {
        return Collections.unmodifiableList(new ArrayList<>(all));
    }

    public synchronized int size() {
        return all.size();
    }

    public synchronized boolean has(Severity severity) {
        return all.stream().anyMatch(i -> i.severity() == severity);
    }

    public synchronized Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0L);
        all.forEach(i -> counts.merge(i.severity(), 1L, Long::sum));
        return counts;
    }

    /** Issues grouped by rule code, the largest group first (ties by code). */
    public synchronized Map<String, List<Issue>> byRuleLargestFirst() {
        Map<String, List<Issue>> groups = all.stream()
                .collect(Collectors.groupingBy(Issue::rule, LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Issue>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
