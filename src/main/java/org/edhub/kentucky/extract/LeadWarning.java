package org.edhub.kentucky.extract;

import java.util.Locale;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/**
 * The warnings of the KECS LEAD Issues report (R10): 1-14 concern Courses, 15-17 the Case Load (seed 000); 18 and 19
 * are the decisions of kentucky-lead-extract.md on sections whose term lies outside the school year and on duplicate
 * District Assignments.
 */
public enum LeadWarning implements Rule {
    NO_ASSIGNMENT_AT_SCHOOL(1, "The following primary teachers are missing an active district assignment record for this school for the current school year.",
            "Add the teacher's District Assignment at this school for the school year, or make a teacher assigned there the section's primary teacher."),
    NO_EMPLOYEE_TYPE(2, "Primary teacher is missing an employee type.",
            "Enter the employee type on the teacher's District Employment record."),
    NO_EPSB_ID(3, "Primary teacher has no EPSB ID (District Employment license number is blank).",
            "Enter the teacher's EPSB ID as the license number of the District Employment record."),
    MALFORMED_EPSB_ID(4, "EPSB ID has leading or trailing spaces or is not all digits.",
            "Correct the EPSB ID on the District Employment record: digits only, no spaces."),
    NO_PRIMARY_TEACHER(5, "Section has no primary teacher on its last day.",
            "Assign the section a primary teacher through its last day."),
    SEVERAL_PRIMARY_TEACHERS(6, "Section has more than one primary teacher on its last day.",
            "Keep one primary teacher on the section's last day: end the other's assignment to it or make them a secondary teacher."),
    NO_STATE_COURSE_CODE(7, "Course has no state course code.",
            "Enter the state course code on the course."),
    CODE_NOT_IN_CATALOG(8, "State course code is not in the course catalog for this school year.",
            "Give the course a state course code the KECS course catalog lists for this school year."),
    PLACEHOLDER_COURSE_TEACHER(9, "Placeholder course (800500, 909995, 950001, 960001) whose primary teacher is not a guidance counselor or administrator.",
            "Make a guidance counselor or an administrator the primary teacher of the placeholder course, or give the course its own state course code."),
    SUBSTITUTE_PRIMARY(10, "Substitute teacher assigned as primary teacher.",
            "Make the teacher of record the section's primary teacher; a substitute teacher is not one."),
    COLLEGE_PROFESSOR_METHOD(11, "College professor placeholder (EPSB ID 271) on a section whose teaching method is not 12.",
            "Set the section's teaching method to 12, or make its own teacher the primary teacher instead of the placeholder."),
    NO_STUDENTS(12, "Section has no students rostered on its last day: its grade range defaults to the school's.",
            "Roster the section's students, or end the section if it does not meet."),
    SPED_GENERAL_POPULATION(13, "Special-education section (special type 05) with more than 25% general-population students.",
            "Check the section's special type and roster: a special-education section (05) has at most 25% general-population students."),
    NO_ACTIVE_EMPLOYMENT(14, "Primary teacher's employment record has no active dates for the school year.",
            "Correct the dates of the teacher's District Employment record so that it is active in the school year."),
    NO_CASE_MANAGER(15, "Student with an active primary disability has no case manager.",
            "Enter the student's case manager on the special-education record."),
    CASE_MANAGER_NOT_ACTIVE(16, "Case manager is not active staff in the district.",
            "Give the students a case manager who is active staff, or correct the case manager's District Employment and Assignment."),
    SPED_NOT_ACTIVE_OR_IEP_UNLOCKED(17, "Student with a primary disability whose special-education status is not active or whose IEP is not locked.",
            "Set the student's special-education status to active and lock the IEP, or end the disability record."),
    TERM_OUTSIDE_THE_YEAR(18, "Section's term dates lie outside the school year: the section is left out of the reports.",
            "Correct the section's term dates so that they lie within the school year, or move the section to that year's calendar."),
    DUPLICATE_ASSIGNMENT(19, "Person has several District Assignments with the same school, type and alt type: one STAFF row is reported.",
            "End or remove the duplicate District Assignments, keeping one per school, type and alt type.");

    private final int number;
    private final String message;
    private final RuleText text;

    LeadWarning(int number, String message, String fix) {
        this.number = number;
        this.message = message;
        this.text = RuleText.warning(String.format(Locale.ROOT, "KY-LEAD-ISSUES-%02d", number),
                "Warning " + number + ": " + message.replaceFirst("\\.$", ""), fix);
    }

    /** A warning of the run as well as a row of KECS_LEAD_Issues: rule {@code KY-LEAD-ISSUES-<number>}, the fix in the SIS. */
    @Override
    public RuleText text() {
        return text;
    }

    public int number() {
        return number;
    }

    public String message() {
        return message;
    }
}
