package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.Enrollment;
import org.edhub.kentucky.bundle.School;

/**
 * Issues warnings 15-17, on the CASELOAD students (one enrollment per student): 15 and 17 per student, 16 per case
 * manager and school, naming the students.
 */
public final class CaseloadWarnings {
    private final CaseloadAggregate caseload;
    private final ActiveStaff staff;

    public CaseloadWarnings(CaseloadAggregate caseload, ActiveStaff staff) {
        this.caseload = caseload;
        this.staff = staff;
    }

    public List<IssueRow> rows() {
        List<IssueRow> rows = new ArrayList<>();
        for (DetailRow r : caseload.students()) {
            Enrollment e = r.student();
            if (e.isSped() && e.caseManagerId() == null) {
                rows.add(student(LeadWarning.NO_CASE_MANAGER, r, "Disability " + e.primaryDisability()
                        + ", enrollment " + e.enrollmentId()));
            }
            if (!e.spedActive() || !e.iepLocked()) {
                rows.add(student(LeadWarning.SPED_NOT_ACTIVE_OR_IEP_UNLOCKED, r, "Special-education status "
                        + Optional.ofNullable(e.spedStatus()).orElse("(blank)") + ", IEP " + (e.iepLocked() ? "locked" : "not locked")));
            }
        }
        Map<List<String>, List<DetailRow>> inactiveManagers = caseload.students().stream()
                .filter(r -> r.student().caseManagerId() != null && !staff.isActive(r.student().caseManagerId()))
                .collect(Collectors.groupingBy(r -> List.of(r.student().caseManagerId(), r.placed().school().schoolNumber()),
                        LinkedHashMap::new, Collectors.toList()));
        inactiveManagers.forEach((key, students) -> rows.add(manager(key.get(0), students)));
        return rows;
    }

    private IssueRow student(LeadWarning warning, DetailRow r, String detail) {
        School school = r.placed().school();
        return new IssueRow(warning, school.schoolNumber(), school.schoolName(), r.student().personId(), null, null,
                null, null, null, detail);
    }

    private IssueRow manager(String managerId, List<DetailRow> students) {
        School school = students.get(0).placed().school();
        Optional<Employment> names = staff.anyEmployment(managerId);
        String ids = students.stream().map(r -> r.student().personId()).sorted(Ids.ORDER).collect(Collectors.joining(", "));
        return new IssueRow(LeadWarning.CASE_MANAGER_NOT_ACTIVE, school.schoolNumber(), school.schoolName(), managerId,
                names.map(Employment::firstName).orElse(null), names.map(Employment::lastName).orElse(null),
                null, null, null, "Case manager of students " + ids);
    }
}
