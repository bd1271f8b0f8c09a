package org.edhub.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.deliver.report.CsvReport;
import org.edhub.issue.Issue;
import org.edhub.issue.Issues;
import org.edhub.issue.Severity;
import org.edhub.run.RunStatus;
import org.edhub.run.RunStore;

/**
 * A LEAD validation run of the Kentucky sample district (samples/ky: Harlan Valley Independent, schools 010, 020 and
 * 030) as the validation program writes it: a run record and the three result files, with the columns of
 * docs/dashboard.md plus one the dashboard does not know (Teaching Method), and an SSN column it must never show.
 * Courses: 4 Clear, 5 Error, 5 Out of Field.
 */
final class LeadFixture {
    static final int COURSES = 14;
    static final int OUT_OF_FIELD = 5;
    static final String SSN = "123-45-6789";
    static final List<String> COURSE_HEADER = List.of("School Number", "School Name", "Section ID", "Course Code", "Course Name",
            "EPSB ID", "Educator Name", "Category", "Result", "Fix", "Core Content", "Grade Range", "Credentials That Could Clear",
            "Teaching Method", "SSN");
    private static final String HVE = "Harlan Valley Elementary";
    private static final String HVH = "Harlan Valley High";
    private static final String VLC = "Valley Learning Center";

    private LeadFixture() {
    }

    static long create(RunStore runs, Path dataDir, String district) {
        long id = runs.start(district, "ky-lead-validation", "2025-2026", null);
        Path dir = dataDir.resolve("runs").resolve(Long.toString(id));
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("LEAD_Course_Validations.csv", courses(dir.resolve("LEAD_Course_Validations.csv")));
        outputs.put("LEAD_Caseload_Validations.csv", caseload(dir.resolve("LEAD_Caseload_Validations.csv")));
        outputs.put("LEAD_Munis_Validations.csv", munis(dir.resolve("LEAD_Munis_Validations.csv")));
        runs.finish(id, RunStatus.COMPLETED_WITH_ISSUES, issues(), "COMPLETED_WITH_ISSUES: 3 report(s)", dir, outputs);
        return id;
    }

    private static Path courses(Path file) {
        try (CsvReport r = CsvReport.create(file, COURSE_HEADER)) {
            r.row("010", HVE, "5101", "230103", "Grade 3 Language Arts", "400001", "Amy Adams", "Clear", "Cleared for content", "",
                    "English/Language Arts", "03-03", "", "01", SSN);
            r.row("010", HVE, "5102", "270103", "Grade 3 Mathematics", "261", "Placeholder Vacancy01", "Out of Field",
                    "Vacant position (placeholder EPSB ID 261)", "Hire for the position, then make the new teacher the primary teacher",
                    "Mathematics", "03-03", "", "01", SSN);
            r.row("010", HVE, "5103", "239941", "Resource Reading", "400003", "Cara Cole", "Out of Field",
                    "More than 25% of students for the special education course are general population",
                    "If this is a general education course, change the section's Special Type in Infinite Campus; otherwise make "
                            + "sure all students are active special education students with locked IEPs",
                    "Reading", "02-04", "LBD Learning and Behavior Disorders, Grades P-12", "01", SSN);
            r.row("010", HVE, "5104", "800500", "Guidance", "400004", "Dale Dixon", "Clear", "Cleared (Validation not needed)", "",
                    "None", "K-05", "", "01", SSN);
            r.row("010", HVE, "5105", "", "Grade 3 Science", "", "Eve Evans", "Error", "Invalid Course Code",
                    "Find the course's state code in the State Searchable Course Code Database and set it on the course in Infinite Campus",
                    "", "03-03", "", "01", SSN);
            r.row("020", HVH, "5201", "230111", "English I", " 400006", "Frank Fields", "Error", "Invalid EPSB ID",
                    "Update the License Number on the active District Employment record to the EPSB ID, without leading or trailing spaces",
                    "English/Language Arts", "09-09", "", "01", SSN);
            r.row("020", HVH, "5202", "270402", "Algebra I", "400007", "Gina Gray", "Clear", "Cleared for content", "",
                    "Mathematics", "09-09", "", "01", SSN);
            r.row("020", HVH, "5203", "302601", "Biology", "400009", "Ida Irwin", "Error", "No Staff Record Found",
                    "Make the District Employment record active with correct start and end dates, and add a District Assignment at 020",
                    "Biology", "10-10", "", "01", SSN);
            r.row("020", HVH, "5204", "230705", "ENG 101", "271", "Placeholder College Professor", "Out of Field",
                    "Educator does not have permissions for (English/Language Arts)",
                    "Set Teaching Method 12: Dual Credit - College Offered on the course in Infinite Campus",
                    "English/Language Arts", "11-12", "", "11", SSN);
            r.row("020", HVH, "5205", "450711", "U.S. History", "400011", "Kim King", "Out of Field",
                    "Educator does not have permissions for (U.S. History) within the grade range of 9-11",
                    "Roster the students, or assign an educator whose credentials cover U.S. History for grades 9 to 11",
                    "U.S. History", "09-11", "KSS Social Studies, Grades 8-12; CSS Professional Certificate For College Faculty, "
                            + "Social Studies, Grades 8-12; COSS Conditional One-Year Certificate For Social Studies, Grades 8-12", "01", SSN);
            r.row("020", HVH, "5206", "401001", "Chemistry", "400012", "Lee Lowe", "Error", "Invalid Course Code",
                    "The catalog lists 401001 only up to 2024: choose a current state course code", "Chemistry", "11-11", "", "01", SSN);
            r.row("030", VLC, "5301", "230111", "Alternative English", "400013", "Max Moore", "Error", "No Staff Record Found",
                    "The District Employment record ended 06/30/2025: extend it or assign a current teacher", "English/Language Arts",
                    "09-12", "", "01", SSN);
            r.row("030", VLC, "5302", "270402", "Alternative Math", "400014", "Nia Noble", "Out of Field",
                    "Educator does not have permissions for (Mathematics)",
                    "A substitute teacher cannot be the primary teacher: assign a vacancy placeholder as primary and keep the "
                            + "substitute as a secondary teacher", "Mathematics", "09-12", "MA Mathematics, Grades 8-12", "01", SSN);
            r.row("030", VLC, "5303", "909995", "Career Readiness", "400015", "Otis Owens", "Clear", "Cleared (Validation not needed)",
                    "", "None", "06-12", "", "01", SSN);
        }
        return file;
    }

    private static Path caseload(Path file) {
        try (CsvReport r = CsvReport.create(file, "School Number", "School Name", "EPSB ID", "Case Manager Name", "Students",
                "Category", "Result", "Fix", "Disabilities", "Grade Range", "Credentials That Could Clear")) {
            r.row("010", HVE, "400003", "Cara Cole", 3, "Clear", "Clear", "", "Specific Learning Disability; Other Health Impaired", "02-04", "");
            r.row("010", HVE, "0", "", 1, "Error", "No case manager assigned (case manager 0)",
                    "Assign a case manager to the student's special education record in Infinite Campus", "Autistic", "03-03", "");
            r.row("020", HVH, "400016", "Pat Price", 2, "Out of Field", "Educator does not have permission for (Autistic)",
                    "Add a credential with permission for Autistic, or move the student to a case manager who holds one",
                    "Autistic; Specific Learning Disability", "09-10", "LBD Learning and Behavior Disorders, Grades P-12; MSD Moderate and Severe Disabilities");
        }
        return file;
    }

    private static Path munis(Path file) {
        try (CsvReport r = CsvReport.create(file, "School Number", "School Name", "EPSB ID", "Educator Name", "Job Class Code",
                "Category", "Result", "Fix", "Job Function", "Credentials That Could Clear")) {
            r.row("010", HVE, "400001", "Amy Adams", "0110", "Clear", "Clear", "", "Teacher", "");
            r.row("020", HVH, "400011", "Kim King", "0290", "Out of Field", "JobClassCode 0290 needs a manual clearance",
                    "Send the job description to leadteam@education.ky.gov for approval", "Other certified", "");
            r.row("020", HVH, " 400006", "Frank Fields", "0110", "Error", "Invalid EPSB ID",
                    "Update the License Number on the District Employment record, without spaces", "Teacher", "");
        }
        return file;
    }

    private static Issues issues() {
        Issues issues = new Issues();
        for (String section : List.of("5105", "5206")) {
            issues.report(new Issue(Severity.WARNING, "KY-LEAD-W07", "sections.csv", 5L, "State Course Code", section.equals("5105") ? "" : "401001",
                    "Section " + section + ": the state course code is blank or not in the catalog", "Set a current state course code on the course"));
        }
        issues.report(new Issue(Severity.WARNING, "KY-LEAD-W04", "employment.csv", 7L, "License Number", " 400006",
                "EPSB ID ' 400006' has a leading space", "Remove the spaces from the License Number"));
        issues.report(new Issue(Severity.ERROR, "KY-SIS-BAD-DATE", "staff.csv", 12L, "SSN", SSN,
                "Not a date in the SSN column", "Check the column order of staff.csv"));
        return issues;
    }
}
