package org.edhub.texas.pr1500;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    /** Rule 4: each unmapped service ID and the teachers holding it (a teacher is in one part only). */
    private final Map<String, Set<String>> unmapped = new TreeMap<>();
    /** Decision on campuses in neither report: the teachers of record left out, by campus (parts add up). */
    private final Map<String, Integer> leftOut = new TreeMap<>();

    void placement(String campusId, String staffId, int seq, Issue issue) {
        issues.add(new Placed(0, campusId, staffId, seq, issue));
    }

    void unmapped(String serviceId, String staffId) {
        unmapped.computeIfAbsent(serviceId, k -> new HashSet<>()).add(staffId);
    }

    /** The unmapped service IDs of the count, in code order, with how many teachers hold each. */
    public Map<String, Integer> unmappedTeachers() {
        Map<String, Integer> counts = new TreeMap<>();
        unmapped.forEach((id, staff) -> counts.put(id, staff.size()));
        return counts;
    }

    /** A campus in neither report: its teachers of record in this part are left out. */
    void leftOut(String campusId, int teachers) {
        leftOut.merge(campusId, teachers, Integer::sum);
    }

    /** The campuses in neither report, in campus order, with how many teachers of record each left out. */
    public Map<String, Integer> leftOut() {
        return new TreeMap<>(leftOut);
    }

    void staff(String firstCampusId, String staffId, Issue issue) {
        issues.add(new Placed(1, firstCampusId, staffId, 0, issue));
    }

    /** Adds the issues of another part. */
    public void addAll(OrderedIssues part) {
        issues.addAll(part.issues);
        part.unmapped.forEach((id, staff) -> unmapped.computeIfAbsent(id, k -> new HashSet<>()).addAll(staff));
        part.leftOut.forEach(this::leftOut);
    }

    public void reportTo(IssueSink sink) {
        issues.sort(ORDER);
        issues.forEach(p -> sink.report(p.issue()));
    }
}
