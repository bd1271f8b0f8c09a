package org.edhub.kentucky;

import org.edhub.kentucky.validation.CaseloadValidationRow;
import org.edhub.kentucky.validation.CourseValidationRow;
import org.edhub.kentucky.validation.EerpFinding;
import org.edhub.kentucky.validation.LeadValidation;
import org.edhub.kentucky.validation.MunisValidationRow;
import org.edhub.kentucky.validation.ValidationResult;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.IssueSink;

/** Every result that needs the district's attention, as a run issue with its rule code and fix (Clear raises none). */
final class ValidationIssues {
    private ValidationIssues() {
    }

    static void report(LeadValidation v, IssueSink issues) {
        for (CourseValidationRow r : v.courses()) {
            var s = r.placed().section();
            String who = r.personId() == null ? "no primary teacher" : "primary teacher " + r.personId() + person(r.firstName(), r.lastName())
                    + ", EPSB ID " + quoted(r.epsbId());
            raise(issues, r.result(), "Section ID", s.sectionId(), "Courses: section " + s.sectionId() + " " + s.courseName()
                    + " (school " + r.placed().school().schoolNumber() + "), " + who);
        }
        for (CaseloadValidationRow r : v.caseload()) {
            raise(issues, r.result(), "Case Manager Person ID", r.caseManagerId(), "Case Load: case manager " + r.caseManagerId()
                    + person(r.firstName(), r.lastName()) + ", " + r.facts().studentCount() + " student(s)");
        }
        for (MunisValidationRow m : v.munis()) {
            var r = m.row();
            raise(issues, m.result(), "EPSB ID", r.epsbId(), "Munis: EPSB ID " + quoted(r.epsbId()) + person(r.firstName(), r.lastName())
                    + ", job class " + r.jobClassCode() + " at " + r.location());
        }
        for (EerpFinding f : v.eerp().findings()) {
            var r = f.row();
            issues.report(f.check().issue("EERP upload validation: person " + r.personId() + person(r.firstName(), r.lastName())
                    + ", job class " + r.jobClassCode() + " at " + r.location() + ": " + f.check().title() + " (" + f.message() + ")"
                    + (f.leavesRowOut() ? "; left out of " + LeadValidationProgram.EERP_UPLOAD_FILE : ""))
                    .field("EPSB ID", r.epsbId()));
        }
    }

    private static void raise(IssueSink issues, ValidationResult result, String field, String value, String where) {
        if (result.category().severity() == null) return;
        issues.report(new Issue(result.category().severity(), result.code(), null, null, field, value,
                where + ": " + result.category().label() + ": " + result.result() + ". " + result.detail(), result.fixText()));
    }

    private static String person(String first, String last) {
        return first == null && last == null ? "" : " " + (first == null ? "" : first + " ") + (last == null ? "" : last);
    }

    private static String quoted(String id) {
        return id == null ? "(blank)" : "'" + id + "'";
    }
}
