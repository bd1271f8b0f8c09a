package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.kentucky.bundle.Enrollment;

/**
 * R6 CLASSES: every DETAIL row (BR1), sections without students included (BR2), grouped by the section's 22 fields
 * (BR3: all of them follow from the section and its primary teacher) and sorted by End Year, District Name, School
 * Name, Calendar Name, Schedule Structure Name, Course Number, Section Number (BR4; then Section ID). A section
 * without students takes its school's grade range (seed 000).
 */
public final class ClassesAggregate {
    private ClassesAggregate() {
    }

    public static List<ClassRow> of(List<DetailRow> detail) {
        return studentsBySection(detail).entrySet().stream().sorted(Map.Entry.comparingByKey(DetailPopulation.SECTION_ORDER))
                .map(e -> row(e.getKey(), e.getValue())).toList();
    }

    /** The students of each DETAIL section, sections in DETAIL order; a section without students has an empty list. */
    public static Map<PlacedSection, List<Enrollment>> studentsBySection(List<DetailRow> detail) {
        Map<PlacedSection, List<Enrollment>> bySection = new LinkedHashMap<>();
        PlacedSection last = null;
        List<Enrollment> students = null;
        for (DetailRow row : detail) {
            // a section's rows follow each other: its key is hashed once, not once per student
            if (row.placed() != last) {
                last = row.placed();
                students = bySection.computeIfAbsent(last, k -> new ArrayList<>());
            }
            if (row.hasStudent()) students.add(row.student());
        }
        return bySection;
    }

    private static ClassRow row(PlacedSection placed, List<Enrollment> students) {
        GradeRange grades = GradeRange.of(students.stream().map(Enrollment::grade).toList());
        if (grades.isEmpty()) grades = new GradeRange(placed.school().gradeLow(), placed.school().gradeHigh());
        int sped = (int) students.stream().filter(Enrollment::isSped).count();
        return new ClassRow(placed, students.size(), grades.low(), grades.high(), sped);
    }
}
