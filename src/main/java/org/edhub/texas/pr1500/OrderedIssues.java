package org.edhub.texas.pr1500;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.IssueSink;

/**
 * The issues of a count, each with its place in a count of the whole: first the placements (by campus, teacher and
 * the order the teacher's service IDs were first read), then the teachers without a staff record (by the first campus
 * they teach at, then teacher). Parts counted in any order report the same issues in the same order.
 */
public final class OrderedIssues {
    private record Placed(int phase, String campusId, String staffId, int seq, Issue issue) {
    }

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::phase)
            .thenComparing(Placed::campusId).thenComparing(Placed::staffId).thenComparingInt(Placed::seq);

    private final List<Placed> issues = new ArrayList<>();

    void placement(String campusId, String staffId, int seq, Issue issue) {
        issues.add(new Placed(0, campusId, staffId, seq, issue));
    }

    void staff(String firstCampusId, String staffId, Issue issue) {
        issues.add(new Placed(1, firstCampusId, staffId, 0, issue));
    }

    /** Adds the issues of another part. */
    public void addAll(OrderedIssues part) {
        issues.addAll(part.issues);
    }

    public void reportTo(IssueSink sink) {
        issues.sort(ORDER);
        issues.forEach(p -> sink.report(p.issue()));
    }
}
