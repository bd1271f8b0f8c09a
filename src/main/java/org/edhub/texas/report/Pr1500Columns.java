package org.edhub.texas.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.edhub.texas.pr1500.Certificate;
import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.CredentialCategory;
import org.edhub.texas.pr1500.ExperienceBucket;
import org.edhub.texas.pr1500.TeacherLine;

/** The columns of the PR1500 outputs (spec, Outputs), shared by the CSV files and the workbook. */
public final class Pr1500Columns {
    public static final String REPORT_NAME = "Report";
    public static final String DISTRICT_ID = "District ID";
    public static final String CAMPUS_ID = "Campus ID";
    public static final String BOTH_LEVELS = "Both Levels (*)";
    public static final String ASSIGNMENT = "Assignment";
    public static final String TOTAL_TEACHERS = "Total Teachers";
    public static final String EXPERIENCE_BUCKET = "Experience Bucket";
    public static final String CREDENTIAL_CATEGORIES = "Credential Categories";
    /** Index of the first count column (Total Teachers) in {@link #REPORT}. */
    public static final int FIRST_COUNT = 4;
    public static final List<String> REPORT = reportHeader();
    public static final List<String> TEACHERS = List.of(REPORT_NAME, DISTRICT_ID, CAMPUS_ID, BOTH_LEVELS,
            ASSIGNMENT, "TX Unique Staff ID", "First Name", "Last Name", "Service IDs", "Classes",
            "Students in Class", "Years of Experience", EXPERIENCE_BUCKET, CREDENTIAL_CATEGORIES, "Cert Types",
            "Effective Dates", "Expire Dates", "Grade Levels", "Cert Levels", "Fields");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final String SEPARATOR = "; ";

    private Pr1500Columns() {
    }

    private static List<String> reportHeader() {
        List<String> h = new ArrayList<>(List.of(DISTRICT_ID, CAMPUS_ID, BOTH_LEVELS, ASSIGNMENT, TOTAL_TEACHERS));
        for (CredentialCategory c : CredentialCategory.values()) h.add(c.label());
        for (ExperienceBucket b : ExperienceBucket.values()) h.add(b.label());
        return List.copyOf(h);
    }

    public static List<Object> report(CountRow r) {
        List<Object> cells = new ArrayList<>(List.of(r.districtId, r.campusId, r.bothLevels ? "*" : "",
                r.assignment.label(), r.total()));
        for (CredentialCategory c : CredentialCategory.values()) cells.add(r.count(c));
        for (ExperienceBucket b : ExperienceBucket.values()) cells.add(r.count(b));
        return cells;
    }

    public static List<Object> teacher(TeacherLine t) {
        List<Object> cells = new ArrayList<>(TEACHERS.size());
        cells.add(t.report.label());
        cells.add(t.districtId);
        cells.add(t.campusId);
        cells.add(t.bothLevels ? "*" : "");
        cells.add(t.assignment.label());
        cells.add(t.staffId);
        cells.add(t.staff == null ? "" : t.staff.firstName());
        cells.add(t.staff == null ? "" : t.staff.lastName());
        cells.add(String.join(SEPARATOR, t.serviceIds));
        cells.add(t.classes);
        cells.add(t.students);
        cells.add(t.years());
        cells.add(t.bucket.label());
        cells.add(join(t.categories, CredentialCategory::label));
        cells.add(join(t.certificates, Certificate::certType));
        cells.add(join(t.certificates, c -> date(c.effective())));
        cells.add(join(t.certificates, c -> c.isLife() ? "Life" : date(c.expires())));
        cells.add(join(t.certificates, Certificate::gradeLevel));
        cells.add(join(t.certificates, Certificate::certLevel));
        cells.add(join(t.certificates, Certificate::field));
        return cells;
    }

    /** The parts joined by "; ", without a stream per cell: the drill-down runs to half a million lines. */
    private static <T> String join(Iterable<T> items, Function<T, String> part) {
        StringBuilder s = new StringBuilder();
        boolean first = true;
        for (T item : items) {
            if (!first) s.append(SEPARATOR);
            s.append(part.apply(item));
            first = false;
        }
        return s.toString();
    }

    /** M/d/yyyy, written by hand for the years a certificate has; the formatter for any other. */
    static String date(LocalDate d) {
        int year = d.getYear();
        if (year < 1000 || year > 9999) return d.format(DATE);
        return new StringBuilder(10).append(d.getMonthValue()).append('/').append(d.getDayOfMonth()).append('/')
                .append(year).toString();
    }
}
