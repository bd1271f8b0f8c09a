package org.edhub.core.issue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The issues of one run, in the order they were found, with the counts a run's summary needs. A flood is capped by
 * {@link IssueLimits}: past the limit of a rule in a file, issues are only counted, and {@link #all()} ends with one
 * summary issue per rule and file saying how many more there were.
 */
public final class Issues implements IssueSink {
    /** The field of a summary issue: it stands for the issues not listed. */
    public static final String NOT_LISTED = "(not listed)";
    private final List<Issue> all = new ArrayList<>();
    private final IssueLimits limits;
    private final Map<String, Integer> perRuleAndFile = new HashMap<>();
    private final Map<String, Issue> firstOverLimit = new LinkedHashMap<>();

    public Issues() {
        this(IssueLimits.DEFAULT);
    }

    public Issues(IssueLimits limits) {
        this.limits = limits;
    }

    @Override
    public synchronized void report(Issue issue) {
        if (NOT_LISTED.equals(issue.field())) {
            all.add(issue); // a summary of another collection's flood
            return;
        }
        String key = issue.rule() + "|" + issue.file();
        int n = perRuleAndFile.merge(key, 1, Integer::sum);
        if (n > limits.perRuleAndFile()) {
            firstOverLimit.putIfAbsent(key, issue);
            return;
        }
        Issue shown = issue.value() == null || issue.value().length() <= limits.valueLength() ? issue
                : issue.field(issue.field(), limits.cut(issue.value()));
        all.add(shown.message().length() <= limits.messageLength() ? shown
                : new Issue(shown.severity(), shown.rule(), shown.file(), shown.row(), shown.field(), shown.value(),
                limits.cutMessage(shown.message()), shown.fix()));
    }

    /**
     * Takes back what was reported of a rule about a file, when it turned out not to hold (a note that a file
     * replaces another, when the file is then rejected).
     */
    public synchronized void withdraw(String rule, String file) {
        all.removeIf(i -> i.rule().equals(rule) && Objects.equals(i.file(), file));
        perRuleAndFile.remove(rule + "|" + file);
        firstOverLimit.remove(rule + "|" + file);
    }

    public synchronized void addAll(Iterable<Issue> issues) {
        issues.forEach(all::add);
    }

    public synchronized List<Issue> all() {
        List<Issue> listed = new ArrayList<>(all);
        firstOverLimit.forEach((key, first) -> {
            int more = perRuleAndFile.get(key) - limits.perRuleAndFile();
            listed.add(new Issue(first.severity(), first.rule(), first.file(), null, NOT_LISTED, Integer.toString(more),
                    more + " more " + first.rule() + " finding(s)" + (first.file() == null ? "" : " in " + first.file())
                            + " are not listed: the first " + limits.perRuleAndFile() + " are; the first not listed: "
                            + first.where() + (first.where().isEmpty() ? "" : ": ") + first.message(), first.fix()));
        });
        return Collections.unmodifiableList(listed);
    }

    public synchronized int size() {
        return all().size();
    }

    public synchronized boolean has(Severity severity) {
        return all.stream().anyMatch(i -> i.severity() == severity);
    }

    public synchronized Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0L);
        all.forEach(i -> counts.merge(i.severity(), 1L, Long::sum));
        firstOverLimit.forEach((key, first) -> counts.merge(first.severity(),
                (long) perRuleAndFile.get(key) - limits.perRuleAndFile(), Long::sum));
        return counts;
    }

    /** Issues grouped by rule code, the largest group first (ties by code). */
    public synchronized Map<String, List<Issue>> byRuleLargestFirst() {
        Map<String, List<Issue>> groups = all().stream()
                .collect(Collectors.groupingBy(Issue::rule, LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Issue>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
