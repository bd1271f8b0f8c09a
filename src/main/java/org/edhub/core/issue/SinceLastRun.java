package org.edhub.core.issue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's findings against those of the previous run of the same program, district and school year: what was fixed,
 * what is new, how many are still open. Findings are errors and warnings (information is not something to fix),
 * matched by {@link FindingKey}.
 *
 * @param previousRun the run compared with
 * @param fixed       the previous run's findings this run no longer has, as the previous run wrote them
 * @param added       this run's findings the previous run did not have
 */
public record SinceLastRun(long previousRun, java.time.Instant previousStarted, List<Issue> fixed, List<Issue> added,
                           int stillOpen) {

    public static SinceLastRun compare(long previousRun, java.time.Instant previousStarted, List<Issue> before,
                                       List<Issue> now) {
        List<Issue> was = findings(before);
        List<Issue> is = findings(now);
        List<String> wasKeys = FindingKey.of(was);
        List<String> isKeys = FindingKey.of(is);
        Set<String> wasSet = new HashSet<>(wasKeys);
        Set<String> isSet = new HashSet<>(isKeys);
        List<Issue> fixed = new ArrayList<>();
        for (int k = 0; k < was.size(); k++) if (!isSet.contains(wasKeys.get(k))) fixed.add(was.get(k));
        List<Issue> added = new ArrayList<>();
        int open = 0;
        for (int k = 0; k < is.size(); k++) {
            if (wasSet.contains(isKeys.get(k))) open++;
            else added.add(is.get(k));
        }
        return new SinceLastRun(previousRun, previousStarted, List.copyOf(fixed), List.copyOf(added), open);
    }

    /** The keys of this run's new findings, for tables that mark them. */
    public Set<String> addedKeys() {
        return added.stream().map(FindingKey::of).collect(java.util.stream.Collectors.toSet());
    }

    /** "2 fixed, 1 new, 5 still open". */
    public String counts() {
        return fixed.size() + " fixed, " + added.size() + " new, " + stillOpen + " still open";
    }

    private static List<Issue> findings(List<Issue> issues) {
        return issues.stream().filter(i -> i.severity() != Severity.INFO).toList();
    }
}
