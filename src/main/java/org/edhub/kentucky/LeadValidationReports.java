package org.edhub.kentucky;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.edhub.kentucky.validation.CaseloadValidationRow;
import org.edhub.kentucky.validation.CourseValidationRow;
import org.edhub.kentucky.validation.EerpFinding;
import org.edhub.kentucky.validation.EerpRow;
import org.edhub.kentucky.validation.LeadValidation;
import org.edhub.kentucky.validation.MunisValidationRow;
import org.edhub.kentucky.validation.ValidationResult;
import org.edhub.kentucky.validation.ValidationSummary;

/**
 * The LEAD validation outputs (kentucky-lead-validation.md, Outputs) as tables with their columns, but for the EERP
 * upload file: its layout is fixed for the state's intake and written through its Bindy record ({@link EerpUploadLine}).
 */
final class LeadValidationReports {
    static final List<String> RESULT = List.of("Rule", "Category", "Result", "Detail", "Fix");
    static final List<String> COURSES = List.of("End Year", "District Number", "School Number", "School Name", "Section ID",
            "Course Number", "Course Name", "Section Number", "State Course Code", "Teaching Method", "Person ID", "EPSB ID",
            "First Name", "Last Name");
    static final List<String> CASELOAD = List.of("End Year", "District Number", "Case Manager Person ID", "EPSB ID",
            "First Name", "Last Name", "Student Count", "Primary Disability Counts");
    static final List<String> MUNIS = List.of("School Year", "District Number", "Location", "Person ID", "EPSB ID",
            "Last Name", "First Name", "Job Class Code", "FTE");
    static final List<String> SUMMARY = List.of("Validation", "School Number", "School Name", "Category", "Result", "Count");
    static final List<String> EERP_VALIDATION = List.of("Severity", "Check", "Message", "Person ID", "EPSB ID", "Last Name",
            "First Name", "Job Class Code", "Location", "Left Out Of Upload", "Fix");

    private LeadValidationReports() {
    }

    /** The Courses, Case Load and Munis results and their summary. */
    static List<LeadTable> of(LeadValidation v, Map<String, String> schoolNames, String endYear, String district) {
        return List.of(
                new LeadTable(LeadValidationProgram.COURSES, concat(COURSES, RESULT), v.courses().stream().map(r -> course(r, endYear)).toList()),
                new LeadTable(LeadValidationProgram.CASELOAD, concat(CASELOAD, RESULT), v.caseload().stream()
                        .map(r -> caseload(r, endYear, district)).toList()),
                new LeadTable(LeadValidationProgram.MUNIS, concat(MUNIS, RESULT), v.munis().stream().map(LeadValidationReports::munis).toList()),
                new LeadTable(LeadValidationProgram.SUMMARY, SUMMARY, ValidationSummary.of(v, schoolNames).stream()
                        .map(c -> Arrays.<Object>asList(c.validation(), c.schoolNumber(), c.schoolName(), c.category().label(),
                                c.result(), c.count())).toList()));
    }

    /** The EERP validation report; the upload file it checks is written before it, through {@link EerpUploadLine}. */
    static LeadTable eerpValidation(LeadValidation v) {
        return new LeadTable(LeadValidationProgram.EERP_VALIDATION, EERP_VALIDATION, v.eerp().findings().stream()
                .map(LeadValidationReports::finding).toList());
    }

    static List<Object> course(CourseValidationRow r, String endYear) {
        var s = r.placed().section();
        var school = r.placed().school();
        return concat(Arrays.asList(endYear, school.districtNumber(), school.schoolNumber(), school.schoolName(),
                s.sectionId(), s.courseNumber(), s.courseName(), s.sectionNumber(), s.stateCourseCode(), s.teachingMethod(),
                r.personId(), r.epsbId(), r.firstName(), r.lastName()), result(r.result()));
    }

    static List<Object> caseload(CaseloadValidationRow r, String endYear, String district) {
        String counts = r.facts().byDisability().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining("; "));
        return concat(Arrays.asList(endYear, district, r.caseManagerId(), r.facts().epsbId(), r.firstName(), r.lastName(),
                r.facts().studentCount(), counts), result(r.result()));
    }

    static List<Object> munis(MunisValidationRow m) {
        EerpRow r = m.row();
        return concat(Arrays.asList(r.schoolYear(), r.districtNumber(), r.location(), r.personId(), r.epsbId(), r.lastName(),
                r.firstName(), r.jobClassCode(), r.fte()), result(m.result()));
    }

    static List<Object> finding(EerpFinding f) {
        EerpRow r = f.row();
        return Arrays.asList(f.check().severity().name(), f.check().title(), f.message(), r.personId(), r.epsbId(),
                r.lastName(), r.firstName(), r.jobClassCode(), r.location(), f.leavesRowOut() ? "Y" : "N", f.check().fix());
    }

    private static List<Object> result(ValidationResult r) {
        return Arrays.asList(r.rule(), r.category().label(), r.result(), r.detail(), r.fixText());
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
