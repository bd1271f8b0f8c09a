package org.edhub.core.issue;

import java.util.List;

/**
 * The issues of one rule in a run, titled with the rule's problem in the state's words, with the rule's fix and its
 * share of every issue of its severity: "No Primary Teacher Assigned: 412 rows, 61% of all errors".
 *
 * @param title      the rule's title, or its code when it has none
 * @param fix        the fix of the first issue (the issues of a rule carry its fix)
 * @param ofSeverity how many issues of this severity the run has, this finding's included
 */
public record Finding(Severity severity, String rule, String title, String fix, List<Issue> issues, int ofSeverity) {

    public Finding {
        issues = List.copyOf(issues);
    }

    public int count() {
        return issues.size();
    }

    /** The share of all issues of its severity, rounded to a whole percent. */
    public long percent() {
        return Math.round(100.0 * count() / ofSeverity);
    }

    /** {@code 412 rows, 61% of all errors}; a share that rounds to nothing is {@code <1%}. */
    public String summary() {
        String share = percent() == 0 ? "<1%" : percent() + "%";
        return count() + (count() == 1 ? " row, " : " rows, ") + share + " of all " + severity.plural();
    }

    /** Whether the rule has a title of its own, so that its code is shown beside it. */
    public boolean titled() {
        return !title.equals(rule);
    }
}
