package org.edhub.kentucky;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.edhub.kentucky.extract.PlacedSection;
import org.edhub.kentucky.extract.UsDate;

/** The section columns DETAIL and CLASSES share, by their report header name. */
final class SectionColumns {
    private static final Map<String, Function<PlacedSection, Object>> VALUES = new HashMap<>();

    static {
        VALUES.put("End Year", p -> p.calendar().endYear());
        VALUES.put("Section ID", p -> p.section().sectionId());
        VALUES.put("District Number", p -> p.school().districtNumber());
        VALUES.put("District Name", p -> p.school().districtName());
        VALUES.put("School Number", p -> p.school().schoolNumber());
        VALUES.put("School Name", p -> p.school().schoolName());
        VALUES.put("State Classification", p -> p.school().stateClassification());
        VALUES.put("Calendar Name", p -> p.calendar().name());
        VALUES.put("Calendar", p -> p.calendar().name());
        VALUES.put("Schedule Structure Name", p -> p.section().scheduleStructure());
        VALUES.put("Course Number", p -> p.section().courseNumber());
        VALUES.put("Course Name", p -> p.section().courseName());
        VALUES.put("Section Number", p -> p.section().sectionNumber());
        VALUES.put("Course Code", p -> p.section().stateCourseCode());
        VALUES.put("Core Content", p -> p.section().coreContent());
        VALUES.put("Teaching Method", p -> p.section().teachingMethod());
        VALUES.put("Instructional Setting", p -> p.section().instructionalSetting());
        VALUES.put("Section Special Type", p -> p.section().specialType());
        VALUES.put("KTSExchange", p -> yn(p.section().ktsExchange()));
        VALUES.put("Responsive", p -> yn(p.section().responsive()));
        VALUES.put("Person ID", PlacedSection::primaryTeacher);
        VALUES.put("Section Start Date", p -> UsDate.of(p.section().startDate()));
        VALUES.put("Section End Date", p -> UsDate.of(p.section().endDate()));
    }

    private SectionColumns() {
    }

    static Object value(String column, PlacedSection placed) {
        return of(column).apply(placed);
    }

    /** The values of these columns, looked up once (a report's rows then skip the lookup per cell). */
    static List<Function<PlacedSection, Object>> of(List<String> columns) {
        return columns.stream().map(SectionColumns::of).toList();
    }

    /** The values of a section, in the order of {@code columns}. */
    static void addValues(List<Function<PlacedSection, Object>> columns, PlacedSection placed, List<Object> row) {
        for (Function<PlacedSection, Object> column : columns) row.add(column.apply(placed));
    }

    private static Function<PlacedSection, Object> of(String column) {
        Function<PlacedSection, Object> value = VALUES.get(column);
        if (value == null) throw new IllegalArgumentException("No section column " + column);
        return value;
    }

    static String yn(boolean flag) {
        return flag ? "Y" : "N";
    }
}
