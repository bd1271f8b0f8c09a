package org.edhub.texas.pr1500;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PR1500 Part 2 counting rules of the spec (texas-pr1500.md, "Counting rules", with the "Decisions" that settle
 * what they leave open), each under its number and the spec's words, in the spec's order.
 * <p>
 * Everything a rule decides is decided here. The types the rules speak of ({@link Report}, {@link CampusLevel},
 * {@link Assignment}, {@link ServiceLevel}, {@link CredentialCategory}, {@link ExperienceBucket}, the records) only
 * name and hold things; the tables of {@code mappings/tx/} are read by {@link ServiceIdTable} and
 * {@link CertTypeTable}, and what their rows mean for a count is said here. {@link Grades} turns grade names into
 * numbers (PK and EC are -1, KG 0, then 1 to 12; EE -2) so that the rules can compare them.
 */
public final class CountingRules {
    private final LocalDate snapshot;
    private final ServiceIdTable serviceIds;

    public CountingRules(LocalDate snapshot, ServiceIdTable serviceIds) {
        this.snapshot = snapshot;
        this.serviceIds = serviceIds;
    }

    // ================================================================================================================
    // Rule 1. Snapshot date: October 2 of the fall year (2018-10-02 for 2018-2019), configurable.
    // ================================================================================================================

    /** The seed's snapshot day; {@code mappings/tx/pr1500.properties} ({@code snapshot=MM-DD}) configures another. */
    public static final MonthDay DEFAULT_SNAPSHOT = MonthDay.of(10, 2);

    /** The snapshot date of a school year starting in {@code fallYear}. */
    public static LocalDate snapshot(int fallYear, MonthDay day) {
        return day.atYear(fallYear);
    }

    /** The snapshot date of this count. */
    public LocalDate snapshot() {
        return snapshot;
    }

    // ================================================================================================================
    // Rule 2. Campus level from 40110: a campus is elementary if it enrolls any student in PK, KG or 01-05, and
    // secondary if it enrolls any student in 06-12. A campus that is both appears in both reports, marked *.
    // EE alone makes no campus elementary.
    // Decision: a campus with teachers but no elementary or secondary enrollment (EE only, or none) is in neither
    // report.
    // ================================================================================================================

    /** The report an enrolled grade puts its campus in: PK, KG, 01-05 elementary; 06-12 secondary; EE none (null). */
    public static Report levelOf(int grade) {
        if (grade >= Grades.PK && grade <= 5) return Report.ELEMENTARY;
        if (grade >= 6 && grade <= 12) return Report.SECONDARY;
        return null;
    }

    /** A student enrolled at {@code campus} in {@code grade} ({@link Grades}): the campus is in that level's report. */
    public static void enroll(CampusLevel campus, int grade) {
        campus.enroll(levelOf(grade));
    }

    /** The seed's asterisk: the campus is in both reports. */
    public static boolean bothLevels(CampusLevel campus) {
        return campus.isIn(Report.ELEMENTARY) && campus.isIn(Report.SECONDARY);
    }

    /** Whether a campus (null: no enrollments read) is in a report at all; its teachers are counted only if it is. */
    public static boolean inAnyReport(CampusLevel campus) {
        return campus != null && (campus.isIn(Report.ELEMENTARY) || campus.isIn(Report.SECONDARY));
    }

    // ================================================================================================================
    // Rule 3. Teacher of record: a 30090 record with ROLE-ID 087 and NUMBER-STUDENTS-IN-CLASS greater than zero.
    // Counted at every campus taught, once per assignment per campus, however many classes.
    // ================================================================================================================

    public static final String TEACHER_ROLE = "087";

    /** Whether a 30090 record makes its staff member a teacher of record at its campus. */
    public static boolean isTeacherOfRecord(Responsibility r) {
        return TEACHER_ROLE.equals(r.role()) && r.students() != null && r.students() > 0;
    }

    /**
     * Where a teacher counts, once: a report, a campus and an assignment row. Every class of the teacher at that
     * campus whose service ID places it in that row (rule 4) adds to the same count, whatever the service ID.
     */
    public record CountedOnce(Report report, String campusId, Assignment row, String staffId) {
    }

    // ================================================================================================================
    // Rule 4. Assignment from the SERVICE-ID through a mapping table (mappings/tx/service-ids.csv, read by
    // ServiceIdTable): service ID (exact, or a prefix pattern) to assignment and level (ELEM, SEC, BOTH).
    // SE000001-SE000006 map to Generalist at level BOTH. A service ID whose level does not match any report the
    // campus appears in is counted in the report the campus has, with a warning. An unmapped service ID counts under
    // Other with a warning naming it.
    // Decision, assignment rows: Elementary: Generalist, English Language Arts/Reading, Mathematics, Science,
    // Social Studies, Fine Arts, Health and Physical Education, Languages Other Than English, Bilingual/ESL,
    // Special Education, Other. Secondary: the same plus Career and Technical Education and Computer
    // Science/Technology. (The order of Assignment.)
    // ================================================================================================================

    /** Where a service ID taught at a campus counts; {@code unmapped} and {@code levelMismatch} call for a warning. */
    public record Placement(Assignment assignment, Set<Report> reports, boolean unmapped, boolean levelMismatch) {
    }

    /**
     * The assignment of a service ID (unmapped: Other) and the reports it counts in: those of the campus that match
     * the service ID's level or, when none does, every report the campus is in.
     */
    public Placement place(String serviceId, CampusLevel campus) {
        ServiceIdTable.Mapping mapping = serviceIds.lookup(serviceId);
        Set<Report> campusReports = campus.reports();
        if (mapping == null) return new Placement(Assignment.OTHER, campusReports, true, false);
        Set<Report> matching = reportsOf(mapping.level());
        matching.retainAll(campusReports);
        boolean mismatch = matching.isEmpty();
        return new Placement(mapping.assignment(), mismatch ? campusReports : matching, false, mismatch);
    }

    /** The reports a level of the mapping table matches: ELEM the elementary, SEC the secondary, BOTH both. */
    public static Set<Report> reportsOf(ServiceLevel level) {
        return switch (level) {
            case ELEM -> EnumSet.of(Report.ELEMENTARY);
            case SEC -> EnumSet.of(Report.SECONDARY);
            case BOTH -> EnumSet.allOf(Report.class);
        };
    }

    /** The row an assignment counts in on a report: CTE and Computer Science/Technology are Other in elementary. */
    public static Assignment row(Assignment assignment, Report report) {
        boolean secondaryOnly = assignment == Assignment.CTE || assignment == Assignment.COMPUTER_SCIENCE;
        return secondaryOnly && report == Report.ELEMENTARY ? Assignment.OTHER : assignment;
    }

    // ================================================================================================================
    // Rule 5. Credential categories, per counted teacher, from the certificates whose Expire Date is after the
    // snapshot date or Life, and whose Grade Level range overlaps the report's range (elementary PK-5, secondary
    // 6-12; EC = PK, as Grades reads it): Standard = STD or PRV; Probationary = PRO or OYC; Intern = INT;
    // Emergency = ECRT or EMP; VIT = VIT; District Permit = the codes a district configures as local permits;
    // No Credential = none of these. A teacher with several certificates in one category counts once there; with
    // certificates in several categories counts in each. The certificate file is matched to staff by TX Unique
    // Staff ID or by SSN (CertificateCatalog). The code-to-category table lives in mappings/ too
    // (mappings/tx/cert-types.csv and district-permits.csv, read by CertTypeTable).
    // ================================================================================================================

    /** Whether a certificate is valid on the snapshot date: its Expire Date is after it, or it is for Life. */
    public static boolean isValidOn(Certificate c, LocalDate snapshot) {
        return c.isLife() || c.expires().isAfter(snapshot);
    }

    /** The lowest grade a report covers: elementary PK-5, secondary 6-12. */
    public static int lowestGrade(Report report) {
        return switch (report) {
            case ELEMENTARY -> Grades.PK;
            case SECONDARY -> 6;
        };
    }

    /** The highest grade a report covers: elementary PK-5, secondary 6-12. */
    public static int highestGrade(Report report) {
        return switch (report) {
            case ELEMENTARY -> 5;
            case SECONDARY -> 12;
        };
    }

    /** Whether a certificate's grade range {@code from}-{@code to} overlaps a report's. */
    public static boolean overlaps(Report report, int from, int to) {
        return from <= highestGrade(report) && to >= lowestGrade(report);
    }

    /** Whether a certificate counts for a report: valid on the snapshot, and its grade range overlaps the report's. */
    public boolean counts(CountedCertificate c, Report report) {
        return isValidOn(c.certificate(), snapshot) && overlaps(report, c.fromGrade(), c.toGrade());
    }

    private static final Optional<CredentialCategory> DISTRICT_PERMIT = Optional.of(CredentialCategory.DISTRICT_PERMIT);

    /**
     * The category a Cert Typ Code counts in: District Permit for one of the district's local permit codes, else the
     * category cert-types.csv gives it (Standard for STD or PRV, ...); empty for a code listed as NOT COUNTED or not
     * listed at all ({@link CertTypeTable#isKnown} tells these apart).
     */
    public static Optional<CredentialCategory> category(CertTypeTable types, String certType) {
        if (types.isPermit(certType)) return DISTRICT_PERMIT;
        return types.listedCategory(certType);
    }

    /** The categories of a teacher on a report, each once; No Credential when no certificate counts. */
    public Set<CredentialCategory> categories(List<CountedCertificate> certificates, Report report) {
        Set<CredentialCategory> found = EnumSet.noneOf(CredentialCategory.class);
        for (CountedCertificate c : certificates) {
            if (counts(c, report)) found.add(c.category());
        }
        if (found.isEmpty()) found.add(CredentialCategory.NO_CREDENTIAL);
        return found;
    }

    // ================================================================================================================
    // Rule 6. Teaching experience from E0130, bucketed as TEA reports it: Beginning (0), 1-5, 6-10, 11-20, 21-30,
    // Over 30, plus Not Reported for a teacher with no 30040 record. The buckets of a row sum to its Total Teachers.
    // ================================================================================================================

    /** The bucket of a teacher: one per teacher, so the buckets of a row sum to its Total Teachers. */
    public static ExperienceBucket experience(StaffRecord staff) {
        return staff == null ? ExperienceBucket.NOT_REPORTED : bucket(staff.years());
    }

    /** The bucket of a number of years; none reported (or a negative number) is Not Reported. */
    public static ExperienceBucket bucket(Integer years) {
        if (years == null || years < 0) return ExperienceBucket.NOT_REPORTED;
        if (years == 0) return ExperienceBucket.BEGINNING;
        if (years <= 5) return ExperienceBucket.YEARS_1_5;
        if (years <= 10) return ExperienceBucket.YEARS_6_10;
        if (years <= 20) return ExperienceBucket.YEARS_11_20;
        if (years <= 30) return ExperienceBucket.YEARS_21_30;
        return ExperienceBucket.OVER_30;
    }
}
