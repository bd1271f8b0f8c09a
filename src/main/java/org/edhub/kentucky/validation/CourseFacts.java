package org.edhub.kentucky.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.edhub.kentucky.extract.ActiveStaff;
import org.edhub.kentucky.extract.ClassRow;
import org.edhub.kentucky.extract.PlacedSection;
import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.Educator;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.Enrollment;
import org.edhub.kentucky.bundle.Section;

/** Gathers the facts of one CLASSES section for the course decision table, from the SIS extract and KECS. */
public final class CourseFacts {
    static final String SPECIAL_EDUCATION = "05";
    static final String ALTERNATIVE_PROGRAM = "A5";
    static final String SUBSTITUTE_TEACHER = "Substitute Teacher";

    private final ActiveStaff staff;
    private final KecsIndex kecs;
    private final ValidationReference reference;
    private final int endYear;

    public CourseFacts(ActiveStaff staff, KecsIndex kecs, ValidationReference reference, int endYear) {
        this.staff = staff;
        this.kecs = kecs;
        this.reference = reference;
        this.endYear = endYear;
    }

    /** The EPSB ID of a person: the license number of the year's employment record (else any), as written. */
    public String epsbOf(String personId) {
        return personId == null ? null : staff.anyEmployment(personId).map(Employment::licenseNumber).orElse(null);
    }

    /** @param students the section's students on its last day (the DETAIL rows of the section) */
    public CourseCase of(ClassRow row, List<Enrollment> students) {
        PlacedSection placed = row.placed();
        Section s = placed.section();
        String teacher = placed.primaryTeacher();
        String epsb = epsbOf(teacher);
        CourseCatalog catalog = kecs.bundle().catalog();
        Optional<CourseCatalog.Entry> entry = s.stateCourseCode() == null ? Optional.empty() : catalog.entry(s.stateCourseCode(), endYear);
        String content = entry.map(CourseCatalog.Entry::leadContentArea).orElse(s.coreContent());
        String school = placed.school().schoolNumber();
        LocalDate start = s.startDate();
        boolean staffRecord = teacher != null && staff.employment(teacher).isPresent() && !staff.assignmentsAt(teacher, school).isEmpty();
        boolean substitute = kecs.permissionsOn(epsb, start).stream().anyMatch(p -> SUBSTITUTE_TEACHER.equalsIgnoreCase(p.permission().jobFunction()));
        return new CourseCase(s.stateCourseCode(), entry.isPresent(), content, teacher != null, epsb, kecs.known(epsb),
                staffRecord, s.ktsExchange(), s.instructionalSetting(), s.teachingMethod(),
                reference.lead().placeholderCourses().contains(s.stateCourseCode()), kecs.placeholderKind(epsb),
                SPECIAL_EDUCATION.equals(s.specialType()), row.studentCount(), row.spedCount(), row.gradeLow(), row.gradeHigh(),
                populations(placed, students), kecs.teacherPermissionsOn(epsb, start), substitute,
                entry.map(CourseCatalog.Entry::minExperienceYears).filter(Objects::nonNull).orElse(0),
                kecs.educator(epsb).map(Educator::yearsExperience).filter(Objects::nonNull).orElse(0));
    }

    /**
     * A special-education section needs the population of each primary disability of its special-education students;
     * a section of a district alternative program (A5) needs Alternative; any other section General.
     */
    private List<String> populations(PlacedSection placed, List<Enrollment> students) {
        if (SPECIAL_EDUCATION.equals(placed.section().specialType())) {
            return students.stream().filter(Enrollment::isSped).map(e -> reference.population(e.primaryDisability()))
                    .distinct().sorted().toList();
        }
        return List.of(ALTERNATIVE_PROGRAM.equals(placed.school().stateClassification()) ? CourseCase.ALTERNATIVE : CourseCase.GENERAL);
    }
}
