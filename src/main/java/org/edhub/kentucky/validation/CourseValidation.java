package org.edhub.kentucky.validation;

import static org.edhub.kentucky.validation.DecisionTable.clear;
import static org.edhub.kentucky.validation.DecisionTable.error;
import static org.edhub.kentucky.validation.DecisionTable.outOfField;

import java.util.List;

import org.edhub.kentucky.validation.DecisionTable.Rule;

/**
 * The course validation of the spec (kentucky-lead-validation.md, "Course validation"): one result per section for
 * its primary teacher, the first rule that applies deciding. Categories and result texts are seed 000's.
 */
public final class CourseValidation {
    public static final DecisionTable<CourseCase> TABLE = new DecisionTable<>(List.of(
            error(1, c -> !c.inCatalog(), "Invalid Course Code", Fixes.COURSE_INVALID_CODE),
            new Rule<>(2, c -> !c.hasPrimaryTeacher(), ValidationCategory.ERROR, c -> "No Primary Teacher Assigned",
                    c -> c.placeholderCourse() ? Fixes.COURSE_NO_PRIMARY_PLACEHOLDER_COURSE : Fixes.COURSE_NO_PRIMARY_TEACHER),
            error(3, c -> c.epsbId() == null, "No EPSB ID Provided", Fixes.COURSE_NO_EPSB_ID),
            error(4, c -> !c.knownEpsb(), "Invalid EPSB ID", Fixes.COURSE_INVALID_EPSB_ID),
            error(5, c -> !c.staffRecord(), "No Staff Record Found", Fixes.COURSE_NO_STAFF_RECORD),
            clear(6, CourseCase::ktsExchange, "KTS Exchange Course"),
            clear(7, c -> "02".equals(c.instructionalSetting()), "Offsite CTE 02: No validation required"),
            clear(8, c -> "02".equals(c.teachingMethod()), "Teaching Method 02: 3rd Party: No Validation Needed"),
            clear(9, c -> "12".equals(c.teachingMethod()), "Teaching Method 12: Dual Credit: No Validation Needed"),
            clear(10, CourseCase::placeholderCourse, "Cleared (Validation not needed)"),
            outOfField(11, c -> c.collegeProfessor() && !"12".equals(c.teachingMethod()),
                    c -> "Educator does not have permissions for (" + c.content() + ")", Fixes.COURSE_COLLEGE_PROFESSOR),
            outOfField(12, CourseCase::vacancy, c -> "Vacant position (placeholder EPSB ID " + c.epsbId() + ")", Fixes.COURSE_VACANT),
            clear(13, c -> "10".equals(c.teachingMethod()) && !c.permissions().isEmpty(), "Cleared (Teaching Method)"),
            outOfField(14, CourseCase::mostlyGeneralPopulation,
                    c -> "More than 25% of students for the special education course are general population",
                    Fixes.COURSE_SPED_GENERAL_POPULATION),
            clear(15, c -> c.coversAll() && c.requiredYears() > 0 && c.experienceMet(), "Cleared (Experience met)"),
            outOfField(16, c -> c.coversAll() && c.requiredYears() > 0,
                    c -> "Educator must have " + c.requiredYears() + " years of experience for this course", Fixes.COURSE_EXPERIENCE),
            clear(17, c -> c.coversAll() && c.specialEducation(), "Cleared (Special Type - Specific Disability)"),
            clear(18, c -> c.coversAll() && c.populations().contains(CourseCase.ALTERNATIVE), "Cleared (Active Credential Teacher, Alternative)"),
            clear(19, CourseCase::coversAll, "Cleared for content"),
            new Rule<>(20, c -> !c.coversContent(), ValidationCategory.OUT_OF_FIELD,
                    c -> "Educator does not have permissions for (" + c.content() + ")",
                    c -> c.holdsSubstitute() ? Fixes.COURSE_SUBSTITUTE : Fixes.COURSE_CONTENT),
            outOfField(21, c -> !c.coversContentAndGrades(), c -> "Educator does not have permissions for (" + c.content()
                    + ") within the grade range of " + c.gradeRange(), Fixes.COURSE_GRADE_RANGE),
            outOfField(22, c -> !c.uncoveredPopulations().isEmpty(), c -> "Educator does not have permission for ("
                    + String.join(", ", c.uncoveredPopulations()) + ")", Fixes.COURSE_POPULATION)),
            CourseCase::detail);

    private CourseValidation() {
    }

    public static ValidationResult decide(CourseCase section) {
        return TABLE.decide(section);
    }
}
