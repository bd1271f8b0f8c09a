package org.edhub.kentucky.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.edhub.kentucky.extract.ActiveStaff;
import org.edhub.kentucky.extract.CaseloadAggregate;
import org.edhub.kentucky.extract.DetailRow;
import org.edhub.kentucky.bundle.Employment;

/** Gathers the facts of each case manager of the CASELOAD report for the Case Load validation. */
public final class CaseloadFacts {
    private final CaseloadAggregate caseload;
    private final ActiveStaff staff;
    private final KecsIndex kecs;
    private final ValidationReference reference;

    public CaseloadFacts(CaseloadAggregate caseload, ActiveStaff staff, KecsIndex kecs, ValidationReference reference) {
        this.caseload = caseload;
        this.staff = staff;
        this.kecs = kecs;
        this.reference = reference;
    }

    /** The students of one case manager (0: those without an active one). */
    public List<DetailRow> studentsOf(String caseManagerId) {
        return caseload.students().stream().filter(r -> caseload.caseManagerOf(r).equals(caseManagerId)).toList();
    }

    public CaseloadCase of(String caseManagerId) {
        List<DetailRow> students = studentsOf(caseManagerId);
        SortedMap<String, Integer> byDisability = students.stream().collect(Collectors.groupingBy(
                r -> r.student().primaryDisability(), TreeMap::new, Collectors.summingInt(r -> 1)));
        boolean none = CaseloadCase.NO_CASE_MANAGER.equals(caseManagerId);
        String epsb = none ? null : staff.anyEmployment(caseManagerId).map(Employment::licenseNumber).orElse(null);
        Set<String> schools = students.stream().map(r -> r.placed().school().schoolNumber()).collect(Collectors.toSet());
        // Decision (kentucky-lead-validation.md): an active District Employment and a District Assignment at the school
        // of each caseload student's reported enrollment, as for courses; the schools without one are named.
        Set<String> assigned = staff.assignments(caseManagerId).stream().map(a -> a.schoolNumber()).collect(Collectors.toSet());
        List<String> unassigned = none ? List.of() : schools.stream().filter(s -> !assigned.contains(s)).sorted().toList();
        boolean staffRecord = !none && staff.employment(caseManagerId).isPresent() && unassigned.isEmpty();
        LocalDate yearStart = staff.yearStart();
        List<HeldPermission> held = kecs.teacherPermissionsOn(epsb, yearStart);
        List<String> uncovered = byDisability.keySet().stream().map(reference::population).distinct()
                .filter(pop -> held.stream().noneMatch(p -> p.coversPopulation(pop))).sorted().toList();
        Integer limit = reference.caseloadLimits().lowest(byDisability.keySet(),
                students.stream().map(r -> CaseloadLimits.band(r.student().grade())).collect(Collectors.toSet()));
        return new CaseloadCase(caseManagerId, epsb, kecs.known(epsb), staffRecord, unassigned, students.size(), byDisability,
                uncovered, limit);
    }
}
