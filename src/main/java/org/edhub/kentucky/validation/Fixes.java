package org.edhub.kentucky.validation;

/** The fixes of seed 000 (LEAD training: the four errors behind 94% of course errors, Out of Field fixes), by finding. */
public final class Fixes {
    static final String EPSB_TEXT = "Go to the educator's profile on KECS to find their EPSB ID and compare the person's "
            + "information in KECS and the SIS to verify that it is the same person; update the License Number on the active "
            + "District Employment record to the correct EPSB ID. Be careful NOT to include leading or trailing spaces. "
            + "With several EPSB ID errors, download the District Role Report in KECS to look up EPSB IDs.";
    static final String STAFF_TEXT = "Verify the District Employment record is active with correct start and end dates, "
            + "and confirm an active District Assignment record exists for the correct school and EPSB ID.";

    public static final Fix COURSE_INVALID_CODE = new Fix("KY-LEAD-COURSE-INVALID-CODE", "The course has no state code, "
            + "or it is invalid for the school year: work with the school/teacher to determine the content being taught, use "
            + "the State Searchable Course Code Database to find the state code, and update the state code on the course in the SIS.");
    public static final Fix COURSE_NO_PRIMARY_TEACHER = new Fix("KY-LEAD-COURSE-NO-PRIMARY-TEACHER", "Every course needs a "
            + "primary teacher: check the Section Staff History of the course in the SIS and assign the correct primary teacher. "
            + "If the position is vacant, assign a vacancy placeholder; for a college offered dual credit course, the college "
            + "professor placeholder (EPSB ID 271).");
    public static final Fix COURSE_NO_PRIMARY_PLACEHOLDER_COURSE = new Fix("KY-LEAD-COURSE-NO-PRIMARY-PLACEHOLDER-COURSE",
            "This is a placeholder class (state course code 800500, 909995, 950001 or 960001): assign a guidance counselor or "
            + "an administrator as its primary teacher in the Section Staff History.");
    public static final Fix COURSE_NO_EPSB_ID = new Fix("KY-LEAD-COURSE-NO-EPSB-ID", EPSB_TEXT);
    public static final Fix COURSE_INVALID_EPSB_ID = new Fix("KY-LEAD-COURSE-INVALID-EPSB-ID", EPSB_TEXT);
    public static final Fix COURSE_NO_STAFF_RECORD = new Fix("KY-LEAD-COURSE-NO-STAFF-RECORD", STAFF_TEXT);
    public static final Fix COURSE_COLLEGE_PROFESSOR = new Fix("KY-LEAD-COURSE-COLLEGE-PROFESSOR", "The college professor "
            + "placeholder (271) teaches this section: change the course set up in the SIS to Teaching Method 12: Dual Credit "
            + "- College Offered.");
    public static final Fix COURSE_VACANT = new Fix("KY-LEAD-COURSE-VACANT", "The position is vacant: when it is filled, "
            + "make the new teacher the primary teacher in the Section Staff History in place of the vacancy placeholder. "
            + "Never use a substitute teacher as the primary teacher.");
    public static final Fix COURSE_SPED_GENERAL_POPULATION = new Fix("KY-LEAD-COURSE-SPED-GENERAL-POPULATION", "If this is a "
            + "general education course, change the section's Special Type in the SIS to something other than 05; if it is a "
            + "special education course, ensure all students are Active SPED students with locked IEPs.");
    public static final Fix COURSE_EXPERIENCE = new Fix("KY-LEAD-COURSE-EXPERIENCE", "If the educator has the years of "
            + "experience the course needs, District HR staff can add the experience to their KECS profile; correct "
            + "experience must be recorded for the assignment to clear.");
    public static final Fix COURSE_CONTENT = new Fix("KY-LEAD-COURSE-CONTENT", "Align the content of the course with the "
            + "educator's permissions: check the Credential Permissions on the educator's KECS profile and the LEAD content "
            + "area in the State Searchable Course Code Database; correct the state course code, or assign a primary "
            + "teacher whose credentials permit the content.");
    public static final Fix COURSE_SUBSTITUTE = new Fix("KY-LEAD-COURSE-SUBSTITUTE", "Substitute teachers can not be the "
            + "primary teacher: use a vacancy placeholder as the primary teacher (see the Census, Staff Information data "
            + "standard); the substitute teacher can be assigned as a secondary teacher if needed.");
    public static final Fix COURSE_GRADE_RANGE = new Fix("KY-LEAD-COURSE-GRADE-RANGE", "The educator's permissions do not "
            + "reach the grades of the students rostered. When the section roster is empty, the course defaults to the grade "
            + "range of the school: roster the students in the course, and update the grade level setup of the school if "
            + "needed; otherwise assign a primary teacher permitted for these grades.");
    public static final Fix COURSE_POPULATION = new Fix("KY-LEAD-COURSE-POPULATION", "If this is a special education "
            + "classroom, ensure that the educator has permissions for all the student populations (KECS profile, "
            + "Credential Permissions); if it is not, change the Section Special Type to something other than 05.");

    public static final Fix CASELOAD_NO_CASE_MANAGER = new Fix("KY-LEAD-CASELOAD-NO-CASE-MANAGER", "Assign an active case "
            + "manager to these students' special education records in the SIS (run the QA SPED: Error Report and correct "
            + "all errors listed there).");
    public static final Fix CASELOAD_NO_EPSB_ID = new Fix("KY-LEAD-CASELOAD-NO-EPSB-ID", EPSB_TEXT);
    public static final Fix CASELOAD_INVALID_EPSB_ID = new Fix("KY-LEAD-CASELOAD-INVALID-EPSB-ID", EPSB_TEXT);
    public static final Fix CASELOAD_NO_STAFF_RECORD = new Fix("KY-LEAD-CASELOAD-NO-STAFF-RECORD", STAFF_TEXT
            + " The case manager needs a District Assignment at the school of each caseload student's enrollment (the"
            + " detail names the schools without one).");
    public static final Fix CASELOAD_POPULATION = new Fix("KY-LEAD-CASELOAD-POPULATION", "The case manager needs a "
            + "permission for every disability on the caseload (KECS profile, Credential Permissions): assign these students "
            + "a case manager who holds it, or have the educator's credentials updated.");
    public static final Fix CASELOAD_OVER_LIMIT = new Fix("KY-LEAD-CASELOAD-OVER-LIMIT", "The caseload exceeds the limit "
            + "configured for its disabilities (707 KAR 1:350): share the students with another case manager, or confirm the "
            + "service model allows it.");

    public static final Fix MUNIS_INVALID_EPSB_ID = new Fix("KY-LEAD-MUNIS-INVALID-EPSB-ID", EPSB_TEXT
            + " Then create the EERP upload file again.");
    public static final Fix MUNIS_NO_STAFF_RECORD = new Fix("KY-LEAD-MUNIS-NO-STAFF-RECORD", STAFF_TEXT
            + " Then create the EERP upload file again.");
    public static final Fix MUNIS_MANUAL_CLEARANCE = new Fix("KY-LEAD-MUNIS-0290", "JobClassCode 0290 is a last resort that "
            + "needs a manual clearance: send the job description to leadteam@education.ky.gov for approval, or use the job "
            + "class code of the position.");
    public static final Fix MUNIS_JOB_FUNCTION = new Fix("KY-LEAD-MUNIS-JOB-FUNCTION", "The educator's active credentials do "
            + "not grant the job function of this job class: correct the job class code on the District Assignment in the SIS, "
            + "or have the educator's credentials updated, then create the EERP upload file again.");

    private Fixes() {
    }
}
