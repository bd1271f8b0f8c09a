package org.edhub.kentucky.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.School;

/**
 * R9 CASELOAD: the DETAIL rows with a State ID and a primary disability, one enrollment per student across the
 * district ({@link EnrollmentChoice#ONE_PER_STUDENT}), grouped by case manager: case manager 0 for a student whose
 * case manager is blank or not active staff (R7). Sorted by End Year, District Name, Case Manager Person ID.
 */
public final class CaseloadAggregate {
    public static final String NO_CASE_MANAGER = "0";

    private final List<DetailRow> students;
    private final ActiveStaff staff;

    public CaseloadAggregate(List<DetailRow> detail, ActiveStaff staff) {
        this.staff = staff;
        this.students = SchoolwideAggregate.onePerStudent(detail.stream()
                .filter(r -> r.hasStudent() && r.student().stateId() != null && r.student().hasDisability()).toList());
    }

    /** The students of the caseload, one DETAIL row each. */
    public List<DetailRow> students() {
        return students;
    }

    public String caseManagerOf(DetailRow student) {
        String manager = student.student().caseManagerId();
        return staff.isActive(manager) ? manager : NO_CASE_MANAGER;
    }

    public List<CaseloadRow> rows(School district, String endYear) {
        Map<String, List<DetailRow>> byManager = students.stream()
                .collect(Collectors.groupingBy(this::caseManagerOf, () -> new TreeMap<>(Ids.ORDER), Collectors.toList()));
        return byManager.entrySet().stream().map(e -> new CaseloadRow(endYear, district.districtNumber(),
                        district.districtName(), e.getKey(), e.getValue().size(), disabilities(e.getValue())))
                .sorted(Comparator.comparing(CaseloadRow::caseManagerId, Ids.ORDER)).toList();
    }

    private static TreeMap<String, Integer> disabilities(List<DetailRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.student().primaryDisability(), TreeMap::new,
                Collectors.summingInt(r -> 1)));
    }
}
