package org.edhub.kentucky.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edhub.kentucky.extract.ActiveStaff;
import org.edhub.kentucky.extract.CaseloadAggregate;
import org.edhub.kentucky.extract.CaseloadRow;
import org.edhub.kentucky.extract.ClassRow;
import org.edhub.kentucky.extract.ClassesAggregate;
import org.edhub.kentucky.extract.ExtractOptions;
import org.edhub.kentucky.extract.LeadExtract;
import org.edhub.kentucky.extract.PlacedSection;
import org.edhub.kentucky.extract.SisIndex;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.Enrollment;
import org.edhub.kentucky.bundle.KecsBundle;
import org.edhub.kentucky.bundle.SisBundle;

/**
 * The LEAD validation of one district and school year (kentucky-lead-validation.md), over the LEAD extract of its SIS
 * bundle and its KECS exports: a Courses result per CLASSES section, a Case Load result per CASELOAD case manager,
 * the EERP upload with its validation report, and a Munis result per uploaded row.
 */
public record LeadValidation(LeadExtract extract, List<CourseValidationRow> courses, List<CaseloadValidationRow> caseload,
                             EerpUpload eerp, List<MunisValidationRow> munis) {

    public static LeadValidation compute(SisBundle sis, KecsBundle kecs, ExtractOptions options, ValidationReference reference) {
        SisIndex index = new SisIndex(sis);
        LeadExtract extract = LeadExtract.compute(index, options, reference.lead(), Optional.of(kecs.catalog()));
        ActiveStaff staff = new ActiveStaff(index, options.year());
        KecsIndex kecsIndex = new KecsIndex(kecs, reference.lead().placeholderEpsbKinds());
        CourseFacts courseFacts = new CourseFacts(staff, kecsIndex, reference, options.year().endYear());
        Map<PlacedSection, List<Enrollment>> students = ClassesAggregate.studentsBySection(extract.detail());
        List<CourseValidationRow> courses = extract.classes().stream().map(c -> course(c, students.get(c.placed()), courseFacts, staff)).toList();
        CaseloadFacts caseloadFacts = new CaseloadFacts(new CaseloadAggregate(extract.detail(), staff), staff, kecsIndex, reference);
        List<CaseloadValidationRow> caseload = extract.caseload().stream().map(CaseloadRow::caseManagerId)
                .map(id -> caseManager(id, caseloadFacts, staff)).toList();
        EerpUpload eerp = EerpUpload.of(index, staff, reference, options.year());
        MunisFacts munisFacts = new MunisFacts(staff, kecsIndex, reference);
        List<MunisValidationRow> munis = eerp.uploaded().stream()
                .map(r -> new MunisValidationRow(r, MunisValidation.decide(munisFacts.of(r)))).toList();
        return new LeadValidation(extract, courses, caseload, eerp, munis);
    }

    private static CourseValidationRow course(ClassRow c, List<Enrollment> students, CourseFacts facts, ActiveStaff staff) {
        String teacher = c.placed().primaryTeacher();
        Optional<Employment> names = teacher == null ? Optional.empty() : staff.anyEmployment(teacher);
        return new CourseValidationRow(c.placed(), teacher, facts.epsbOf(teacher), names.map(Employment::firstName).orElse(null),
                names.map(Employment::lastName).orElse(null), CourseValidation.decide(facts.of(c, students == null ? List.of() : students)));
    }

    private static CaseloadValidationRow caseManager(String id, CaseloadFacts facts, ActiveStaff staff) {
        Optional<Employment> names = staff.anyEmployment(id);
        CaseloadCase c = facts.of(id);
        return new CaseloadValidationRow(id, names.map(Employment::firstName).orElse(null),
                names.map(Employment::lastName).orElse(null), c, CaseloadValidation.decide(c));
    }
}
