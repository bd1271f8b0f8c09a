package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.SisBundle;

/** The six KECS LEAD Extract results of one district and school year (R5-R10), computed from its SIS bundle. */
public record LeadExtract(List<DetailRow> detail, List<StaffRow> staff, List<ClassRow> classes,
                          List<CaseloadRow> caseload, List<SchoolwideRow> schoolwide, List<IssueRow> issues) {

    public static LeadExtract compute(SisBundle bundle, ExtractOptions options, LeadReference reference,
                                      Optional<CourseCatalog> catalog) {
        return compute(new SisIndex(bundle), options, reference, catalog);
    }

    /** The same, over a bundle already indexed. */
    public static LeadExtract compute(SisIndex index, ExtractOptions options, LeadReference reference,
                                      Optional<CourseCatalog> catalog) {
        String endYear = String.valueOf(options.year().endYear());
        ActiveStaff active = new ActiveStaff(index, options.year());
        DetailPopulation population = new DetailPopulation(index, options, reference);
        List<DetailRow> detail = population.rows();
        List<ClassRow> classes = ClassesAggregate.of(detail);
        CaseloadAggregate caseload = new CaseloadAggregate(detail, active);
        List<IssueRow> issues = new ArrayList<>(new CourseWarnings(active, reference, catalog).of(classes));
        issues.addAll(new CaseloadWarnings(caseload, active).rows());
        issues.addAll(TermAndStaffWarnings.termsOutsideTheYear(population.outsideTheYear(), active, options.year()));
        issues.addAll(TermAndStaffWarnings.duplicateAssignments(active, index));
        issues.sort(IssueRow.ORDER);
        return new LeadExtract(detail, StaffList.of(active, index, endYear), classes,
                caseload.rows(index.district(), endYear), SchoolwideAggregate.of(detail), List.copyOf(issues));
    }
}
