package org.edhub.kentucky.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edhub.kentucky.extract.Ids;

/**
 * The counts the LEAD dashboards' pie charts show: per validation, category and result, for each school and for the
 * district (school blank). Case Load results are district-wide only.
 */
public final class ValidationSummary {
    public static final String COURSES = "Courses";
    public static final String CASE_LOAD = "Case Load";
    public static final String MUNIS = "Munis";

    /** One count; {@code schoolNumber} null for the district's total. */
    public record Count(String validation, String schoolNumber, String schoolName, ValidationCategory category,
                        String result, int count) {
    }

    private ValidationSummary() {
    }

    public static List<Count> of(LeadValidation v, Map<String, String> schoolNames) {
        List<Count> counts = new ArrayList<>();
        counts.addAll(counted(COURSES, v.courses(), r -> r.placed().school().schoolNumber(), CourseValidationRow::result, schoolNames));
        counts.addAll(counted(CASE_LOAD, v.caseload(), r -> null, CaseloadValidationRow::result, schoolNames));
        counts.addAll(counted(MUNIS, v.munis(), r -> r.row().location(), MunisValidationRow::result, schoolNames));
        return counts;
    }

    private static <T> List<Count> counted(String validation, List<T> rows, Function<T, String> school,
                                           Function<T, ValidationResult> result, Map<String, String> schoolNames) {
        List<Count> counts = new ArrayList<>();
        Map<String, List<T>> bySchool = rows.stream().filter(r -> school.apply(r) != null)
                .collect(Collectors.groupingBy(school, () -> new TreeMap<>(Ids.ORDER), Collectors.toList()));
        bySchool.forEach((number, schoolRows) -> counts.addAll(group(validation, number, schoolNames.get(number), schoolRows, result)));
        counts.addAll(group(validation, null, "District", rows, result));
        return counts;
    }

    private static <T> List<Count> group(String validation, String school, String name, List<T> rows,
                                         Function<T, ValidationResult> result) {
        Map<List<Object>, Long> byResult = rows.stream().map(result).collect(Collectors.groupingBy(
                r -> List.of(r.category(), r.result()), Collectors.counting()));
        return byResult.entrySet().stream()
                .map(e -> new Count(validation, school, name, (ValidationCategory) e.getKey().get(0), (String) e.getKey().get(1),
                        e.getValue().intValue()))
                .sorted(Comparator.comparing(Count::category).thenComparing(Comparator.comparingInt(Count::count).reversed())
                        .thenComparing(Count::result))
                .toList();
    }
}
