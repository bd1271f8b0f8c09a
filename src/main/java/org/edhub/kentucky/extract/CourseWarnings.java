package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.edhub.core.text.Digits;
import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.Section;

/**
 * Issues warnings 1-14, found per CLASSES section for its primary teacher. Each check gives the row's detail when the
 * warning applies, null otherwise. Warning 8 runs only when the KECS course catalog was dropped.
 */
public final class CourseWarnings {
    private final ActiveStaff staff;
    private final LeadReference reference;
    private final Optional<CourseCatalog> catalog;
    private final Map<LeadWarning, Function<ClassRow, String>> checks = new EnumMap<>(LeadWarning.class);

    public CourseWarnings(ActiveStaff staff, LeadReference reference, Optional<CourseCatalog> catalog) {
        this.staff = staff;
        this.reference = reference;
        this.catalog = catalog;
        checks.put(LeadWarning.NO_ASSIGNMENT_AT_SCHOOL, teacher((c, t) -> staff.assignmentsAt(t, schoolOf(c)).isEmpty()
                ? "No District Assignment at school " + schoolOf(c) + " overlapping " + UsDate.of(staff.yearStart())
                + "-" + UsDate.of(staff.yearEnd()) : null));
        checks.put(LeadWarning.NO_EMPLOYEE_TYPE, employment(e -> e.employeeType() == null ? "Employee type is blank" : null));
        checks.put(LeadWarning.NO_EPSB_ID, employment(e -> e.licenseNumber() == null ? "License number is blank" : null));
        checks.put(LeadWarning.MALFORMED_EPSB_ID, employment(e -> e.licenseNumber() != null
                && !Digits.only(e.licenseNumber()) ? "EPSB ID '" + e.licenseNumber() + "'" : null));
        checks.put(LeadWarning.NO_PRIMARY_TEACHER, c -> c.placed().primaryTeachers().isEmpty()
                ? "No primary teacher on " + UsDate.of(c.placed().lastDay()) : null);
        checks.put(LeadWarning.SEVERAL_PRIMARY_TEACHERS, c -> c.placed().primaryTeachers().size() > 1
                ? "Primary teachers on " + UsDate.of(c.placed().lastDay()) + ": "
                + String.join(", ", c.placed().primaryTeachers()) : null);
        checks.put(LeadWarning.NO_STATE_COURSE_CODE, c -> section(c).stateCourseCode() == null ? "State course code is blank" : null);
        checks.put(LeadWarning.CODE_NOT_IN_CATALOG, c -> catalog.isPresent() && section(c).stateCourseCode() != null
                && !catalog.get().has(section(c).stateCourseCode(), Integer.parseInt(c.placed().calendar().endYear()))
                ? "State course code " + section(c).stateCourseCode() + " is not in the catalog for " + c.placed().calendar().endYear() : null);
        checks.put(LeadWarning.PLACEHOLDER_COURSE_TEACHER, teacher((c, t) -> reference.placeholderCourses()
                .contains(section(c).stateCourseCode()) && !hasRole(t, schoolOf(c), "ADMINISTRATOR", "COUNSELOR")
                ? "Placeholder course " + section(c).stateCourseCode() + ": assign a guidance counselor or an administrator" : null));
        checks.put(LeadWarning.SUBSTITUTE_PRIMARY, teacher((c, t) -> hasRole(t, schoolOf(c), "SUBSTITUTE")
                ? "Active assignment as substitute teacher at school " + schoolOf(c) : null));
        checks.put(LeadWarning.COLLEGE_PROFESSOR_METHOD, employment((c, e) -> reference.isCollegeProfessor(e.licenseNumber())
                && !"12".equals(section(c).teachingMethod())
                ? "Teaching method " + Optional.ofNullable(section(c).teachingMethod()).orElse("(blank)") : null));
        checks.put(LeadWarning.NO_STUDENTS, c -> c.studentCount() == 0 ? "Grade range " + c.gradeLow() + "-" + c.gradeHigh() : null);
        checks.put(LeadWarning.SPED_GENERAL_POPULATION, c -> "05".equals(section(c).specialType())
                && (c.studentCount() - c.spedCount()) * 4 > c.studentCount()
                ? (c.studentCount() - c.spedCount()) + " of " + c.studentCount() + " students are general population" : null);
        checks.put(LeadWarning.NO_ACTIVE_EMPLOYMENT, teacher((c, t) -> staff.employment(t).isEmpty()
                ? (staff.anyEmployment(t).isEmpty() ? "No District Employment record" : "No District Employment record overlaps "
                + UsDate.of(staff.yearStart()) + "-" + UsDate.of(staff.yearEnd())) : null));
    }

    public List<IssueRow> of(List<ClassRow> classes) {
        List<IssueRow> rows = new ArrayList<>();
        for (ClassRow c : classes) {
            checks.forEach((warning, check) -> {
                String detail = check.apply(c);
                if (detail != null) rows.add(row(warning, c, detail));
            });
        }
        return rows;
    }

    private IssueRow row(LeadWarning warning, ClassRow c, String detail) {
        String teacher = c.placed().primaryTeacher();
        Optional<Employment> names = teacher == null ? Optional.empty() : staff.anyEmployment(teacher);
        Section s = section(c);
        return new IssueRow(warning, schoolOf(c), c.placed().school().schoolName(), teacher,
                names.map(Employment::firstName).orElse(null), names.map(Employment::lastName).orElse(null),
                s.sectionId(), s.courseNumber(), s.courseName(), detail);
    }

    private boolean hasRole(String person, String school, String... roles) {
        for (Assignment a : staff.assignmentsAt(person, school)) {
            if (reference.hasRole(a.type(), roles) || reference.hasRole(a.altType(), roles)) return true;
        }
        return false;
    }

    /** A check of the primary teacher; a section without one is warning 5 only. */
    private static Function<ClassRow, String> teacher(BiFunction<ClassRow, String, String> check) {
        return c -> c.placed().primaryTeacher() == null ? null : check.apply(c, c.placed().primaryTeacher());
    }

    /** A check of the primary teacher's employment record for the year; none is warning 14. */
    private Function<ClassRow, String> employment(BiFunction<ClassRow, Employment, String> check) {
        return teacher((c, t) -> staff.employment(t).map(e -> check.apply(c, e)).orElse(null));
    }

    private Function<ClassRow, String> employment(Function<Employment, String> check) {
        return employment((c, e) -> check.apply(e));
    }

    private static Section section(ClassRow c) {
        return c.placed().section();
    }

    private static String schoolOf(ClassRow c) {
        return c.placed().school().schoolNumber();
    }
}
