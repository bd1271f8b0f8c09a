package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.Enrollment;

/**
 * R8 SCHOOLWIDE: the DETAIL rows with a State ID, one enrollment per student and school
 * ({@link EnrollmentChoice#ONE_PER_STUDENT}), grouped by school (End Year, District, School, State Classification)
 * and sorted by End Year, District Name, School Name (then School Number).
 */
public final class SchoolwideAggregate {
    private static final Comparator<SchoolwideRow> ORDER = Comparator.comparing(SchoolwideRow::endYear, Ids.ORDER)
            .thenComparing(r -> r.school().districtName(), Ids.ORDER)
            .thenComparing(r -> r.school().schoolName(), Ids.ORDER)
            .thenComparing(r -> r.school().schoolNumber(), Ids.ORDER);

    private SchoolwideAggregate() {
    }

    public static List<SchoolwideRow> of(List<DetailRow> detail) {
        Map<String, List<DetailRow>> bySchool = detail.stream()
                .filter(r -> r.hasStudent() && r.student().stateId() != null)
                .collect(Collectors.groupingBy(r -> r.placed().school().schoolNumber(), TreeMap::new, Collectors.toList()));
        return bySchool.values().stream().map(SchoolwideAggregate::row).sorted(ORDER).toList();
    }

    private static SchoolwideRow row(List<DetailRow> rows) {
        List<DetailRow> chosen = onePerStudent(rows);
        List<Enrollment> students = chosen.stream().map(DetailRow::student).toList();
        GradeRange grades = GradeRange.of(students.stream().map(Enrollment::grade).toList());
        DetailRow any = rows.get(0);
        return new SchoolwideRow(any.placed().calendar().endYear(), any.placed().school(), students.size(),
                (int) students.stream().filter(Enrollment::isSped).count(), grades.low(), grades.high());
    }

    /**
     * One DETAIL row per student person ID, chosen by {@link EnrollmentChoice#ONE_PER_STUDENT} (the first of equals),
     * in person ID order.
     */
    static List<DetailRow> onePerStudent(List<DetailRow> rows) {
        Map<String, DetailRow> chosen = new HashMap<>();
        for (DetailRow row : rows) {
            chosen.merge(Objects.requireNonNull(row.student().personId(), "person ID"), row,
                    (kept, other) -> EnrollmentChoice.ONE_PER_STUDENT.compare(kept, other) <= 0 ? kept : other);
        }
        List<DetailRow> students = new ArrayList<>(chosen.values());
        students.sort(Comparator.comparing(r -> r.student().personId()));
        return students;
    }
}
