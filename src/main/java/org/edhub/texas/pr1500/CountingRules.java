package org.edhub.texas.pr1500;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PR1500 Part 2 counting rules of the spec, numbered as it numbers them, in one place.
 */
public final class CountingRules {
    /** Rule 1: the seed's snapshot, October 2 of the fall year, unless configured otherwise. */
    public static final MonthDay DEFAULT_SNAPSHOT = MonthDay.of(10, 2);
    public static final String TEACHER_ROLE = "087";

    private final LocalDate snapshot;
    private final ServiceIdTable serviceIds;

    public CountingRules(LocalDate snapshot, ServiceIdTable serviceIds) {
        this.snapshot = snapshot;
        this.serviceIds = serviceIds;
    }

    /** Rule 1: the snapshot date of a school year starting in {@code fallYear}. */
    public static LocalDate snapshot(int fallYear, MonthDay day) {
        return day.atYear(fallYear);
    }

    public LocalDate snapshot() {
        return snapshot;
    }

    /** Rule 2: the report an enrolled grade puts its campus in: PK, KG, 01-05 elementary; 06-12 secondary; EE neither (null). */
    public static Report levelOf(int grade) {
        if (grade >= Grades.PK && grade <= 5) return Report.ELEMENTARY;
        if (grade >= 6 && grade <= 12) return Report.SECONDARY;
        return null;
    }

    /** Rule 2: one student enrolled at {@code campus} in {@code grade} (see {@link Grades}): the campus is in its level's report. */
    public static void enroll(CampusLevel campus, int grade) {
        campus.enroll(levelOf(grade));
    }

    /** Rule 2: the seed's asterisk, the campus is in both reports. */
    public static boolean bothLevels(CampusLevel campus) {
        return campus.isIn(Report.ELEMENTARY) && campus.isIn(Report.SECONDARY);
    }

    /** Rule 2: whether a campus (null: no enrollments read) is in a report at all; its teachers are counted only if it is. */
    public static boolean inAnyReport(CampusLevel campus) {
        return campus != null && (campus.isIn(Report.ELEMENTARY) || campus.isIn(Report.SECONDARY));
    }

    /** Rule 3: ROLE-ID 087 and NUMBER-STUDENTS-IN-CLASS greater than zero. */
    public static boolean isTeacherOfRecord(Responsibility r) {
        return TEACHER_ROLE.equals(r.role()) && r.students() != null && r.students() > 0;
    }

    /**
     * Rule 3: where a teacher counts, once: a report, a campus and an assignment row. Every class of the teacher at
     * that campus whose service ID places it in that row (rule 4) adds to the same count, whatever the service ID.
     */
    public record CountedOnce(Report report, String campusId, Assignment row, String staffId) {
    }

    /** Where rule 4 places a service ID taught at a campus. */
    public record Placement(Assignment assignment, Set<Report> reports, boolean unmapped, boolean levelMismatch) {
    }

    /**
     * Rule 4: the assignment from the mapping table (unmapped: Other) and the reports it counts in: those of the
     * campus that match the service ID's level or, when none does, every report the campus is in.
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

    /** Rule 4: the reports a level of the mapping table matches: ELEM the elementary, SEC the secondary, BOTH both. */
    public static Set<Report> reportsOf(ServiceLevel level) {
        return switch (level) {
            case ELEM -> EnumSet.of(Report.ELEMENTARY);
            case SEC -> EnumSet.of(Report.SECONDARY);
            case BOTH -> EnumSet.allOf(Report.class);
        };
    }

    /** Rule 4: the row an assignment counts in on a report: CTE and Computer Science/Technology are Other in elementary. */
    public static Assignment row(Assignment assignment, Report report) {
        boolean secondaryOnly = assignment == Assignment.CTE || assignment == Assignment.COMPUTER_SCIENCE;
        return secondaryOnly && report == Report.ELEMENTARY ? Assignment.OTHER : assignment;
    }

    private static final Optional<CredentialCategory> DISTRICT_PERMIT = Optional.of(CredentialCategory.DISTRICT_PERMIT);

    /**
     * Rule 5: the category a Cert Typ Code counts in: District Permit for one of the district's local permit codes,
     * else the category cert-types.csv gives it (Standard for STD or PRV, ...); empty for a code listed as NOT
     * COUNTED or not listed at all ({@link CertTypeTable#isKnown} tells these apart).
     */
    public static Optional<CredentialCategory> category(CertTypeTable types, String certType) {
        if (types.isPermit(certType)) return DISTRICT_PERMIT;
        return types.listedCategory(certType);
    }

    /** Rule 5: whether a certificate is valid on the snapshot date: its Expire Date is after it, or it is for Life. */
    public static boolean isValidOn(Certificate c, LocalDate snapshot) {
        return c.isLife() || c.expires().isAfter(snapshot);
    }

    /** Rule 5: the lowest grade a report covers: elementary PK-5, secondary 6-12. */
    public static int lowestGrade(Report report) {
        return switch (report) {
            case ELEMENTARY -> Grades.PK;
            case SECONDARY -> 6;
        };
    }

    /** Rule 5: the highest grade a report covers: elementary PK-5, secondary 6-12. */
    public static int highestGrade(Report report) {
        return switch (report) {
            case ELEMENTARY -> 5;
            case SECONDARY -> 12;
        };
    }

    /** Rule 5: whether a certificate's grade range {@code from}-{@code to} overlaps a report's. */
    public static boolean overlaps(Report report, int from, int to) {
        return from <= highestGrade(report) && to >= lowestGrade(report);
    }

    /** Rule 5: whether a certificate counts for a report: valid on the snapshot and its grade range overlaps the report's. */
    public boolean counts(CountedCertificate c, Report report) {
        return isValidOn(c.certificate(), snapshot) && overlaps(report, c.fromGrade(), c.toGrade());
    }

    /** Rule 5: the categories of a teacher on a report, each once; No Credential when none counts. */
    public Set<CredentialCategory> categories(List<CountedCertificate> certificates, Report report) {
        Set<CredentialCategory> found = EnumSet.noneOf(CredentialCategory.class);
        for (CountedCertificate c : certificates) {
            if (counts(c, report)) found.add(c.category());
        }
        if (found.isEmpty()) found.add(CredentialCategory.NO_CREDENTIAL);
        return found;
    }

    /** Rule 6: the experience bucket; a teacher with no 30040 record is Not Reported. */
    public static ExperienceBucket experience(StaffRecord staff) {
        return staff == null ? ExperienceBucket.NOT_REPORTED : ExperienceBucket.of(staff.years());
    }
}
