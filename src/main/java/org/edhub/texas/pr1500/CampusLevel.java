package org.edhub.texas.pr1500;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rule 2: the reports a campus appears in, from the grades its students enroll in (40110). PK, KG and 01-05 make it
 * elementary, 06-12 secondary; a campus that is both is marked {@code *} in both reports. EE alone makes it neither.
 */
public final class CampusLevel {
    private final EnumSet<Report> reports = EnumSet.noneOf(Report.class);
    private boolean enrollments;

    /** Adds one enrolled grade (see {@link Grades}). */
    public void enroll(int grade) {
        enrollments = true;
        if (grade >= Grades.PK && grade <= 5) reports.add(Report.ELEMENTARY);
        if (grade >= 6 && grade <= 12) reports.add(Report.SECONDARY);
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

    /** The seed's asterisk: the campus is in both reports. */
    public boolean isBoth() {
        return reports.size() == 2;
    }
}
