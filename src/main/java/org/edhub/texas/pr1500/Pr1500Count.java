package org.edhub.texas.pr1500;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.privacy.Ssn;

/**
 * Applies {@link CountingRules} to the PEIMS facts and the certificates: the teachers, then the report rows.
 * <p>
 * The teachers can be counted in parts ({@link #part}), each holding some of the teachers with all of their
 * responsibilities and certificates: a statewide run counts one part at a time so that the heap holds one part, not
 * the state. A part's issues carry the place they take in a count of the whole ({@link OrderedIssues}).
 */
public final class Pr1500Count {
    public static final Comparator<TeacherLine> ORDER = Comparator.<TeacherLine, Report>comparing(t -> t.report)
            .thenComparing(t -> t.campusId).thenComparing(t -> t.assignment).thenComparing(t -> t.staffId);

    private final CountingRules rules;
    private final IssueSink issues;

    public Pr1500Count(CountingRules rules, IssueSink issues) {
        this.rules = rules;
        this.issues = issues;
    }

    /** The whole count in one part: the facts and certificates of every teacher are in memory. */
    public Pr1500Result count(PeimsFacts facts, CertificateCatalog certificates, String districtId) {
        reportCampusesWithoutEnrollments(facts);
        OrderedIssues ordered = new OrderedIssues();
        List<TeacherLine> teachers = part(facts, facts, certificates, districtId, ordered);
        ordered.reportTo(issues);
        reportCampusesLeftOut(facts, ordered.leftOut());
        reportIfNoTeachers(teachers.size());
        return new Pr1500Result(rows(teachers, Report.ELEMENTARY), rows(teachers, Report.SECONDARY), teachers);
    }

    /** Rule 2's companion: a campus with staff responsibilities but no enrollments is not counted. First in a run. */
    public void reportCampusesWithoutEnrollments(PeimsFacts campuses) {
        campuses.staffedCampuses().forEach((campusId, first) -> {
            if (campuses.campus(campusId) == null || !campuses.campus(campusId).hasEnrollments()) {
                issues.report(Pr1500Rule.CAMPUS_NO_ENROLLMENT.issue("Campus " + campusId + " has staff responsibilities "
                        + "(30090) but no student enrollments (40110); its teachers are not counted")
                        .at(first.file(), first.line()).field("CAMPUS-ID", campusId));
            }
        });
    }

    /**
     * Decision: a campus with teachers of record but no elementary or secondary enrollment (EE only, or none) is in
     * neither report; one information issue per campus says how many teachers were left out and why. After the
     * count's other issues.
     */
    public void reportCampusesLeftOut(PeimsFacts campuses, Map<String, Integer> leftOut) {
        if (leftOut.isEmpty()) return;
        Map<String, PeimsFacts.Source> staffed = campuses.staffedCampuses();
        leftOut.forEach((campusId, teachers) -> {
            CampusLevel level = campuses.campus(campusId);
            String why = level != null && level.hasEnrollments()
                    ? "its students (40110) are all in early education (EE)" : "no student enrollment (40110) was read for it";
            PeimsFacts.Source first = staffed.get(campusId);
            issues.report(Pr1500Rule.CAMPUS_LEFT_OUT.issue("Campus " + campusId + " is in neither the elementary nor the "
                    + "secondary report, since " + why + "; " + teachers + (teachers == 1 ? " teacher" : " teachers")
                    + " of record left out").at(first == null ? null : first.file(), first == null ? null : first.line())
                    .field("CAMPUS-ID", campusId));
        });
    }

    /** Last in a run: no teacher of record at all. */
    public void reportIfNoTeachers(long teachers) {
        if (teachers == 0) {
            issues.report(Pr1500Rule.NO_TEACHERS.issue("No teacher of record was found in the PEIMS interchanges"));
        }
    }

    /**
     * The drill-down lines of the teachers in {@code facts}, sorted; campus levels come from {@code campuses}. Issues
     * go to {@code ordered}, to be reported once every part is counted.
     */
    public List<TeacherLine> part(PeimsFacts facts, PeimsFacts campuses, CertificateCatalog certificates,
                                  String districtId, OrderedIssues ordered) {
        Map<CountingRules.CountedOnce, TeacherLine> lines = new LinkedHashMap<>();
        facts.teaching().forEach((campusId, teachers) -> {
            CampusLevel campus = campuses.campus(campusId);
            if (!CountingRules.inAnyReport(campus)) {
                ordered.leftOut(campusId, teachers.size());
                return;
            }
            teachers.forEach((staffId, services) -> {
                int seq = 0;
                for (Map.Entry<String, PeimsFacts.Taught> s : services.entrySet()) {
                    String district = CampusDistricts.districtOf(campusId, district(s.getValue().first, districtId));
                    place(lines, campus, campusId, district, staffId, s.getKey(), s.getValue(), ordered, seq++);
                }
            });
        });
        List<TeacherLine> teachers = new ArrayList<>(lines.values());
        Set<String> reportedStaff = new HashSet<>();
        for (TeacherLine t : teachers) describe(t, facts, certificates, reportedStaff, ordered);
        teachers.sort(ORDER);
        return teachers;
    }

    private void place(Map<CountingRules.CountedOnce, TeacherLine> lines, CampusLevel campus, String campusId,
                       String district, String staffId, String serviceId, PeimsFacts.Taught taught, OrderedIssues ordered,
                       int seq) {
        CountingRules.Placement placement = rules.place(serviceId, campus);
        PeimsFacts.Source r = taught.first;
        if (placement.unmapped()) {
            ordered.unmapped(serviceId, staffId);
            ordered.placement(campusId, staffId, seq, Pr1500Rule.SERVICE_ID_UNMAPPED.issue("Service ID '" + serviceId
                    + "' of teacher " + Ssn.mask(Ssn.FIELD, staffId) + " at campus " + campusId + " is not in the service-ID table; counted under Other")
                    .at(r.file(), r.line()).field("TX-ServiceId", serviceId));
        } else if (placement.levelMismatch()) {
            ordered.placement(campusId, staffId, seq, Pr1500Rule.SERVICE_ID_LEVEL.issue("Service ID '" + serviceId
                    + "' of teacher " + Ssn.mask(Ssn.FIELD, staffId) + " is a " + placement.assignment().label() + " course for another level than campus "
                    + campusId + " enrolls; counted in its " + labels(placement.reports()) + " report")
                    .at(r.file(), r.line()).field("TX-ServiceId", serviceId));
        }
        for (Report report : placement.reports()) {
            Assignment row = CountingRules.row(placement.assignment(), report);
            TeacherLine line = lines.computeIfAbsent(new CountingRules.CountedOnce(report, campusId, row, staffId),
                    k -> new TeacherLine(report, district, campusId, CountingRules.bothLevels(campus), row, staffId));
            line.serviceIds.add(serviceId);
            line.classes += taught.classes;
            line.students += taught.students;
        }
    }

    private void describe(TeacherLine t, PeimsFacts facts, CertificateCatalog certificates, Set<String> reportedStaff,
                          OrderedIssues ordered) {
        t.staff = facts.staff(t.staffId);
        if (t.staff == null && reportedStaff.add(t.staffId)) {
            PeimsFacts.Taught any = facts.teaching().get(t.campusId).get(t.staffId).values().iterator().next();
            ordered.staff(t.campusId, t.staffId, Pr1500Rule.NO_STAFF_RECORD.issue("Teacher " + Ssn.mask(Ssn.FIELD, t.staffId)
                    + " has teaching responsibilities but no StaffExtension (30040) record; experience counts as Not Reported")
                    .at(any.first.file(), any.first.line()).field("StaffUniqueStateId", t.staffId));
        }
        t.bucket = CountingRules.experience(t.staff);
        List<CountedCertificate> certs = certificates.of(t.staffId, t.staff);
        t.categories = rules.categories(certs, t.report);
        for (CountedCertificate c : certs) {
            if (rules.counts(c, t.report)) t.certificates.add(c.certificate());
        }
    }

    /** The report's rows from drill-down lines sorted by {@link #ORDER}: one per campus and assignment. */
    public static List<CountRow> rows(List<TeacherLine> teachers, Report report) {
        Map<String, CountRow> rows = new LinkedHashMap<>();
        for (TeacherLine t : teachers) {
            if (t.report != report) continue;
            rows.computeIfAbsent(t.campusId + "|" + t.assignment,
                    k -> new CountRow(report, t.districtId, t.campusId, t.bothLevels, t.assignment)).add(t);
        }
        return new ArrayList<>(rows.values());
    }

    private static String district(PeimsFacts.Source r, String fallback) {
        return r.districtId() == null ? fallback : r.districtId();
    }

    private static String labels(Set<Report> reports) {
        return String.join(" and ", reports.stream().map(Report::label).toList());
    }
}
