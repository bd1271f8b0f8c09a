package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.core.program.SchoolYear;

/**
 * R7: active staff are those with both a District Assignment and a District Employment record overlapping the
 * school year (7/1-6/30). Their EPSB ID is the license number of the employment record with no end date, else of the
 * one that started latest, among those overlapping the year.
 */
public final class ActiveStaff {
    /** The EPSB ID choice: open-ended first, then the latest start. */
    static final Comparator<Employment> EPSB_CHOICE = Comparator
            .comparing((Employment e) -> e.endDate() != null)
            .thenComparing(Employment::startDate, Comparator.nullsLast(Comparator.reverseOrder()));

    private final SisIndex index;
    private final LocalDate from;
    private final LocalDate to;
    private final Set<String> active;

    public ActiveStaff(SisIndex index, SchoolYear year) {
        this.index = index;
        this.from = year.july1();
        this.to = year.june30();
        this.active = index.bundle().assignments().stream().map(Assignment::personId)
                .filter(p -> !assignments(p).isEmpty() && employment(p).isPresent()).collect(Collectors.toSet());
    }

    public boolean isActive(String personId) {
        return personId != null && active.contains(personId);
    }

    public Set<String> people() {
        return active;
    }

    /** The employment record whose license number is the EPSB ID, if one overlaps the year. */
    public Optional<Employment> employment(String personId) {
        return index.employmentOf(personId).stream().filter(e -> Span.overlaps(e.startDate(), e.endDate(), from, to))
                .min(EPSB_CHOICE);
    }

    /** Any employment record of the person (the year's choice first), for the names an issue shows. */
    public Optional<Employment> anyEmployment(String personId) {
        return employment(personId).or(() -> index.employmentOf(personId).stream().min(EPSB_CHOICE));
    }

    /** The person's District Assignments overlapping the year. */
    public List<Assignment> assignments(String personId) {
        return index.assignmentsOf(personId).stream().filter(a -> Span.overlaps(a.startDate(), a.endDate(), from, to))
                .toList();
    }

    public List<Assignment> assignmentsAt(String personId, String schoolNumber) {
        return assignments(personId).stream().filter(a -> a.schoolNumber().equals(schoolNumber)).toList();
    }

    public LocalDate yearStart() {
        return from;
    }

    public LocalDate yearEnd() {
        return to;
    }
}
