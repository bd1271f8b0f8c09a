package org.edhub.texas.pr1500;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reports a campus appears in, as rule 2 ({@link CountingRules#enroll}) places it from the grades its students
 * enroll in (40110), and whether any enrollment was read for it at all.
 */
public final class CampusLevel {
    private final EnumSet<Report> reports = EnumSet.noneOf(Report.class);
    private boolean enrollments;

    /** One enrollment read for this campus, placing it in {@code report} (null: in none). */
    void enroll(Report report) {
        enrollments = true;
        if (report != null) reports.add(report);
    }

    /** This campus's levels together with those another file gave it. */
    public CampusLevel add(CampusLevel other) {
        enrollments |= other.enrollments;
        reports.addAll(other.reports);
        return this;
    }

    public boolean hasEnrollments() {
        return enrollments;
    }

    public Set<Report> reports() {
        return EnumSet.copyOf(reports);
    }

    public boolean isIn(Report report) {
        return reports.contains(report);
    }
}
