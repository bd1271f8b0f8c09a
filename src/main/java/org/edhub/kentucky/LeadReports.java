package org.edhub.kentucky;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edhub.kentucky.extract.CaseloadRow;
import org.edhub.kentucky.extract.ClassRow;
import org.edhub.kentucky.extract.DetailRow;
import org.edhub.kentucky.extract.IssueRow;
import org.edhub.kentucky.extract.PlacedSection;
import org.edhub.kentucky.extract.LeadExtract;
import org.edhub.kentucky.extract.SchoolwideRow;
import org.edhub.kentucky.extract.StaffRow;
import org.edhub.kentucky.bundle.Enrollment;

/** The six reports' columns, exactly as the spec's "Report columns" lists them (R4.BR1 names). */
public final class LeadReports {
    public static final List<String> CLASS_GROUP = List.of("End Year", "District Number", "District Name",
            "School Number", "School Name", "State Classification", "Calendar", "Schedule Structure Name",
            "Course Number", "Course Name", "Section Number", "Section ID", "Course Code", "Core Content",
            "Teaching Method", "Instructional Setting", "Section Special Type", "KTSExchange", "Responsive", "Person ID",
            "Section Start Date", "Section End Date");
    public static final List<String> DETAIL_SECTION = List.of("End Year", "Section ID", "District Number",
            "District Name", "School Number", "School Name", "State Classification", "Calendar Name",
            "Schedule Structure Name", "Course Number", "Course Name", "Section Number", "Course Code", "Core Content",
            "Teaching Method", "Instructional Setting", "Section Special Type", "KTSExchange", "Responsive", "Person ID",
            "Section Start Date", "Section End Date");
    public static final List<String> DETAIL_STUDENT = List.of("Student Person ID", "State ID", "Enrollment ID", "Grade",
            "Service Type", "Primary Disability", "Case Manager Person ID");
    private static final List<Function<PlacedSection, Object>> DETAIL_SECTION_VALUES = SectionColumns.of(DETAIL_SECTION);
    private static final List<Function<PlacedSection, Object>> CLASS_GROUP_VALUES = SectionColumns.of(CLASS_GROUP);
    public static final List<String> STAFF = List.of("EndYear", "PersonID", "District Number", "School Number",
            "EPSB ID", "First Name", "Last Name", "Type", "AltType", "Title", "Job Class Code");
    public static final List<String> SCHOOLWIDE = List.of("End Year", "District Number", "District Name",
            "School Number", "School Name", "State Classification", "Student Count", "SPED Student Count", "Grade Low",
            "Grade High");
    public static final List<String> CASELOAD = List.of("End Year", "District Number", "District Name",
            "Case Manager Person ID", "Student Count", "Primary Disability Counts");
    /** The name of the Issues report, whose warnings are also the run's (ExtractIssues). */
    public static final String ISSUES_REPORT = "KECS_LEAD_Issues";
    public static final List<String> ISSUES = List.of("Warning", "Message", "School Number", "School Name", "PersonID",
            "First Name", "Last Name", "Section ID", "Course Number", "Course Name", "Detail");

    private LeadReports() {
    }

    public static List<LeadTable> of(LeadExtract x) {
        return List.of(
                new LeadTable("KECS_LEAD_Detail", concat(DETAIL_SECTION, DETAIL_STUDENT), rows(x.detail(), LeadReports::detail)),
                new LeadTable("KECS_LEAD_Staff", STAFF, rows(x.staff(), LeadReports::staff)),
                new LeadTable("KECS_LEAD_Classes", concat(CLASS_GROUP,
                        List.of("Student Count", "Grade Low", "Grade High", "SPED Student Count")), rows(x.classes(), LeadReports::classes)),
                new LeadTable("KECS_LEAD_Caseload", CASELOAD, rows(x.caseload(), LeadReports::caseload)),
                new LeadTable("KECS_LEAD_Schoolwide", SCHOOLWIDE, rows(x.schoolwide(), LeadReports::schoolwide)),
                new LeadTable(ISSUES_REPORT, ISSUES, rows(x.issues(), LeadReports::issue)));
    }

    static List<Object> detail(DetailRow r) {
        List<Object> row = new ArrayList<>(DETAIL_SECTION.size() + DETAIL_STUDENT.size());
        SectionColumns.addValues(DETAIL_SECTION_VALUES, r.placed(), row);
        Enrollment e = r.student();
        if (e == null) DETAIL_STUDENT.forEach(c -> row.add(null));
        else row.addAll(Arrays.asList(e.personId(), e.stateId(), e.enrollmentId(), e.grade(), e.serviceType(),
                e.primaryDisability(), e.caseManagerId()));
        return row;
    }

    static List<Object> staff(StaffRow r) {
        return Arrays.asList(r.endYear(), r.personId(), r.districtNumber(), r.schoolNumber(), r.epsbId(),
                r.firstName(), r.lastName(), r.type(), r.altType(), r.title(), r.jobClassCode());
    }

    static List<Object> classes(ClassRow r) {
        List<Object> row = new ArrayList<>(CLASS_GROUP.size() + 4);
        SectionColumns.addValues(CLASS_GROUP_VALUES, r.placed(), row);
        row.addAll(Arrays.asList(r.studentCount(), r.gradeLow(), r.gradeHigh(), r.spedCount()));
        return row;
    }

    static List<Object> caseload(CaseloadRow r) {
        String counts = r.byDisability().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining("; "));
        return Arrays.asList(r.endYear(), r.districtNumber(), r.districtName(), r.caseManagerId(),
                r.studentCount(), counts);
    }

    static List<Object> schoolwide(SchoolwideRow r) {
        return Arrays.asList(r.endYear(), r.school().districtNumber(), r.school().districtName(),
                r.school().schoolNumber(), r.school().schoolName(), r.school().stateClassification(), r.studentCount(),
                r.spedCount(), r.gradeLow(), r.gradeHigh());
    }

    static List<Object> issue(IssueRow r) {
        return Arrays.asList(r.warning().number(), r.warning().message(), r.schoolNumber(), r.schoolName(),
                r.personId(), r.firstName(), r.lastName(), r.sectionId(), r.courseNumber(), r.courseName(), r.detail());
    }

    /**
     * The rows of a report, each made when it is read: a report is written row by row, so the cells of DETAIL (one
     * row per student and section) are never all in memory at once.
     */
    private static <T> List<List<Object>> rows(List<T> items, Function<T, List<Object>> row) {
        return new AbstractList<>() {
            @Override
            public List<Object> get(int i) {
                return row.apply(items.get(i));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
