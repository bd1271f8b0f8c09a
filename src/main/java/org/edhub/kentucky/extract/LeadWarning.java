package org.edhub.kentucky.extract;

/**
 * The warnings of the KECS LEAD Issues report (R10): 1-14 concern Courses, 15-17 the Case Load (seed 000); 18 and 19
 * are the decisions of kentucky-lead-extract.md on sections whose term lies outside the school year and on duplicate
 * District Assignments.
 */
public enum LeadWarning {
    NO_ASSIGNMENT_AT_SCHOOL(1, "The following primary teachers are missing an active district assignment record for this school for the current school year."),
    NO_EMPLOYEE_TYPE(2, "Primary teacher is missing an employee type."),
    NO_EPSB_ID(3, "Primary teacher has no EPSB ID (District Employment license number is blank)."),
    MALFORMED_EPSB_ID(4, "EPSB ID has leading or trailing spaces or is not all digits."),
    NO_PRIMARY_TEACHER(5, "Section has no primary teacher on its last day."),
    SEVERAL_PRIMARY_TEACHERS(6, "Section has more than one primary teacher on its last day."),
    NO_STATE_COURSE_CODE(7, "Course has no state course code."),
    CODE_NOT_IN_CATALOG(8, "State course code is not in the course catalog for this school year."),
    PLACEHOLDER_COURSE_TEACHER(9, "Placeholder course (800500, 909995, 950001, 960001) whose primary teacher is not a guidance counselor or administrator."),
    SUBSTITUTE_PRIMARY(10, "Substitute teacher assigned as primary teacher."),
    COLLEGE_PROFESSOR_METHOD(11, "College professor placeholder (EPSB ID 271) on a section whose teaching method is not 12."),
    NO_STUDENTS(12, "Section has no students rostered on its last day: its grade range defaults to the school's."),
    SPED_GENERAL_POPULATION(13, "Special-education section (special type 05) with more than 25% general-population students."),
    NO_ACTIVE_EMPLOYMENT(14, "Primary teacher's employment record has no active dates for the school year."),
    NO_CASE_MANAGER(15, "Student with an active primary disability has no case manager."),
    CASE_MANAGER_NOT_ACTIVE(16, "Case manager is not active staff in the district."),
    SPED_NOT_ACTIVE_OR_IEP_UNLOCKED(17, "Student with a primary disability whose special-education status is not active or whose IEP is not locked."),
    TERM_OUTSIDE_THE_YEAR(18, "Section's term dates lie outside the school year: the section is left out of the reports."),
    DUPLICATE_ASSIGNMENT(19, "Person has several District Assignments with the same school, type and alt type: one STAFF row is reported.");

    private final int number;
    private final String message;

    LeadWarning(int number, String message) {
        this.number = number;
        this.message = message;
    }

    public int number() {
        return number;
    }

    public String message() {
        return message;
    }
}
