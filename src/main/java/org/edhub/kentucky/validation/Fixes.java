package org.edhub.kentucky.validation;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.warning;

import java.util.List;

/**
 * The findings of the LEAD validation, titled with the results of seed 000 (LEAD training: the four errors behind 94%
 * of course errors, Out of Field fixes) and each with its fix. Case Load and Munis titles name their dashboard, since
 * they share result texts with Courses, LEAD's default view.
 */
public final class Fixes {
    static final String EPSB_TEXT = "Go to the educator's profile on KECS to find their EPSB ID and compare the person's "
            + "information in KECS and the SIS to verify that it is the same person; update the License Number on the active "
            + "District Employment record to the correct EPSB ID. Be careful NOT to include leading or trailing spaces. "
            + "With several EPSB ID errors, download the District Role Report in KECS to look up EPSB IDs.";
    static final String STAFF_TEXT = "Verify the District Employment record is active with correct start and end dates, "
            + "and confirm an active District Assignment record exists for the correct school and EPSB ID.";

    public static final Fix COURSE_INVALID_CODE = new Fix(error("KY-LEAD-COURSE-INVALID-CODE", "Invalid Course Code",
            "The course has no state code, or it is invalid for the school year: work with the school/teacher to "
            + "determine the content being taught, use the State Searchable Course Code Database to find the state "
            + "code, and update the state code on the course in the SIS."));
    public static final Fix COURSE_NO_PRIMARY_TEACHER = new Fix(error("KY-LEAD-COURSE-NO-PRIMARY-TEACHER",
            "No Primary Teacher Assigned",
            "Every course needs a primary teacher: check the Section Staff History of the course in the SIS and "
            + "assign the correct primary teacher. If the position is vacant, assign a vacancy placeholder; for a "
            + "college offered dual credit course, the college professor placeholder (EPSB ID 271)."));
    public static final Fix COURSE_NO_PRIMARY_PLACEHOLDER_COURSE = new Fix(error("KY-LEAD-COURSE-NO-PRIMARY-PLACEHOLDER-COURSE",
            "No Primary Teacher Assigned (placeholder course)",
            "This is a placeholder class (state course code 800500, 909995, 950001 or 960001): assign a guidance "
            + "counselor or an administrator as its primary teacher in the Section Staff History."));
    public static final Fix COURSE_NO_EPSB_ID = new Fix(error("KY-LEAD-COURSE-NO-EPSB-ID", "No EPSB ID Provided",
            EPSB_TEXT));
    public static final Fix COURSE_INVALID_EPSB_ID = new Fix(error("KY-LEAD-COURSE-INVALID-EPSB-ID", "Invalid EPSB ID",
            EPSB_TEXT));
    public static final Fix COURSE_NO_STAFF_RECORD = new Fix(error("KY-LEAD-COURSE-NO-STAFF-RECORD",
            "No Staff Record Found",
            STAFF_TEXT));
    public static final Fix COURSE_COLLEGE_PROFESSOR = new Fix(warning("KY-LEAD-COURSE-COLLEGE-PROFESSOR",
            "Educator does not have permissions for (content): college professor placeholder",
            "The college professor placeholder (271) teaches this section: change the course set up in the SIS to "
            + "Teaching Method 12: Dual Credit - College Offered."));
    public static final Fix COURSE_VACANT = new Fix(warning("KY-LEAD-COURSE-VACANT",
            "Vacant position (placeholder EPSB ID)",
            "The position is vacant: when it is filled, make the new teacher the primary teacher in the Section Staff "
            + "History in place of the vacancy placeholder. Never use a substitute teacher as the primary teacher."));
    public static final Fix COURSE_SPED_GENERAL_POPULATION = new Fix(warning("KY-LEAD-COURSE-SPED-GENERAL-POPULATION",
            "More than 25% of students for the special education course are general population",
            "If this is a general education course, change the section's Special Type in the SIS to something other "
            + "than 05; if it is a special education course, ensure all students are Active SPED students with locked "
            + "IEPs."));
    public static final Fix COURSE_EXPERIENCE = new Fix(warning("KY-LEAD-COURSE-EXPERIENCE",
            "Educator must have N years of experience for this course",
            "If the educator has the years of experience the course needs, District HR staff can add the experience "
            + "to their KECS profile; correct experience must be recorded for the assignment to clear."));
    public static final Fix COURSE_CONTENT = new Fix(warning("KY-LEAD-COURSE-CONTENT",
            "Educator does not have permissions for (content)",
            "Align the content of the course with the educator's permissions: check the Credential Permissions on the "
            + "educator's KECS profile and the LEAD content area in the State Searchable Course Code Database; "
            + "correct the state course code, or assign a primary teacher whose credentials permit the content."));
    public static final Fix COURSE_SUBSTITUTE = new Fix(warning("KY-LEAD-COURSE-SUBSTITUTE",
            "Educator does not have permissions for (content): substitute teacher",
            "Substitute teachers can not be the primary teacher: use a vacancy placeholder as the primary teacher "
            + "(see the Census, Staff Information data standard); the substitute teacher can be assigned as a "
            + "secondary teacher if needed."));
    public static final Fix COURSE_GRADE_RANGE = new Fix(warning("KY-LEAD-COURSE-GRADE-RANGE",
            "Educator does not have permissions for (content) within the grade range",
            "The educator's permissions do not reach the grades of the students rostered. When the section roster is "
            + "empty, the course defaults to the grade range of the school: roster the students in the course, and "
            + "update the grade level setup of the school if needed; otherwise assign a primary teacher permitted for "
            + "these grades."));
    public static final Fix COURSE_POPULATION = new Fix(warning("KY-LEAD-COURSE-POPULATION",
            "Educator does not have permission for (population)",
            "If this is a special education classroom, ensure that the educator has permissions for all the student "
            + "populations (KECS profile, Credential Permissions); if it is not, change the Section Special Type to "
            + "something other than 05."));

    public static final Fix CASELOAD_NO_CASE_MANAGER = new Fix(error("KY-LEAD-CASELOAD-NO-CASE-MANAGER",
            "Case Load: No Case Manager Assigned",
            "Assign an active case manager to these students' special education records in the SIS (run the QA SPED: "
            + "Error Report and correct all errors listed there)."));
    public static final Fix CASELOAD_NO_EPSB_ID = new Fix(error("KY-LEAD-CASELOAD-NO-EPSB-ID",
            "Case Load: No EPSB ID Provided",
            EPSB_TEXT));
    public static final Fix CASELOAD_INVALID_EPSB_ID = new Fix(error("KY-LEAD-CASELOAD-INVALID-EPSB-ID",
            "Case Load: Invalid EPSB ID",
            EPSB_TEXT));
    public static final Fix CASELOAD_NO_STAFF_RECORD = new Fix(error("KY-LEAD-CASELOAD-NO-STAFF-RECORD",
            "Case Load: No Staff Record Found",
            STAFF_TEXT
            + " The case manager needs a District Assignment at the school of each caseload student's enrollment (the "
            + "detail names the schools without one)."));
    public static final Fix CASELOAD_POPULATION = new Fix(warning("KY-LEAD-CASELOAD-POPULATION",
            "Case Load: Educator does not have permission for (population)",
            "The case manager needs a permission for every disability on the caseload (KECS profile, Credential "
            + "Permissions): assign these students a case manager who holds it, or have the educator's credentials "
            + "updated."));
    public static final Fix CASELOAD_OVER_LIMIT = new Fix(warning("KY-LEAD-CASELOAD-OVER-LIMIT",
            "Case Load: Caseload exceeds the limit",
            "The caseload exceeds the limit configured for its disabilities (707 KAR 1:350): share the students with "
            + "another case manager, or confirm the service model allows it."));

    public static final Fix MUNIS_INVALID_EPSB_ID = new Fix(error("KY-LEAD-MUNIS-INVALID-EPSB-ID",
            "Munis: Invalid EPSB ID",
            EPSB_TEXT
            + " Then create the EERP upload file again."));
    public static final Fix MUNIS_NO_STAFF_RECORD = new Fix(error("KY-LEAD-MUNIS-NO-STAFF-RECORD",
            "Munis: No Staff Record Found",
            STAFF_TEXT
            + " Then create the EERP upload file again."));
    public static final Fix MUNIS_MANUAL_CLEARANCE = new Fix(warning("KY-LEAD-MUNIS-0290",
            "Munis: JobClassCode 0290 needs a manual clearance",
            "JobClassCode 0290 is a last resort that needs a manual clearance: send the job description to "
            + "leadteam@education.ky.gov for approval, or use the job class code of the position."));
    public static final Fix MUNIS_JOB_FUNCTION = new Fix(warning("KY-LEAD-MUNIS-JOB-FUNCTION",
            "Munis: Educator does not have permissions for job function",
            "The educator's active credentials do not grant the job function of this job class: correct the job class "
            + "code on the District Assignment in the SIS, or have the educator's credentials updated, then create "
            + "the EERP upload file again."));

    /** Every fix above: the validation's rules. */
    public static final List<Fix> ALL = List.of(
            COURSE_INVALID_CODE, COURSE_NO_PRIMARY_TEACHER, COURSE_NO_PRIMARY_PLACEHOLDER_COURSE, COURSE_NO_EPSB_ID,
            COURSE_INVALID_EPSB_ID, COURSE_NO_STAFF_RECORD, COURSE_COLLEGE_PROFESSOR, COURSE_VACANT,
            COURSE_SPED_GENERAL_POPULATION, COURSE_EXPERIENCE, COURSE_CONTENT, COURSE_SUBSTITUTE, COURSE_GRADE_RANGE,
            COURSE_POPULATION, CASELOAD_NO_CASE_MANAGER, CASELOAD_NO_EPSB_ID, CASELOAD_INVALID_EPSB_ID,
            CASELOAD_NO_STAFF_RECORD, CASELOAD_POPULATION, CASELOAD_OVER_LIMIT, MUNIS_INVALID_EPSB_ID,
            MUNIS_NO_STAFF_RECORD, MUNIS_MANUAL_CLEARANCE, MUNIS_JOB_FUNCTION);

    private Fixes() {
    }
}
