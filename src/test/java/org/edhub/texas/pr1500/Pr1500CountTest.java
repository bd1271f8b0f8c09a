package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.junit.jupiter.api.Test;

/** Rules 3 to 6 applied together, with hand-counted expectations. */
class Pr1500CountTest {
    static final String HS = "012345001";
    static final String PK6 = "012345102";
    final Issues issues = new Issues();
    final PeimsFacts facts = new PeimsFacts(issues);
    final ServiceIdTable table = new ServiceIdTable()
            .add("SE000001", Assignment.GENERALIST, ServiceLevel.BOTH)
            .add("02030000", Assignment.GENERALIST, ServiceLevel.ELEM)
            .add("0310*", Assignment.MATHEMATICS, ServiceLevel.SEC)
            .add("0301*", Assignment.SCIENCE, ServiceLevel.SEC);
    final CertTypeTable types = new CertTypeTable().type("STD", CredentialCategory.STANDARD)
            .type("PRO", CredentialCategory.PROBATIONARY);
    int line;

    void enroll(String campus, String... grades) {
        for (String g : grades) facts.enrollment(new Enrollment("stu.xml", ++line, "S" + line, campus, g));
    }

    void teach(String staff, String campus, String service, int students) {
        facts.responsibility(new Responsibility("staff.xml", ++line, "012345", staff, campus, "087", service,
                null, "01", students));
    }

    void staff(String id, String ssn, Integer years) {
        facts.staff(new StaffRecord("staff.xml", ++line, id, ssn, "F" + id, "L" + id, years));
    }

    Pr1500Result count(List<Certificate> certificates) {
        CertificateCatalog catalog = CertificateCatalog.of(certificates, "certs.csv", types, issues);
        return new Pr1500Count(new CountingRules(LocalDate.of(2018, 10, 2), table), issues).count(facts, catalog, "012345");
    }

    static Certificate cert(String id, String type, String grades) {
        return new Certificate(1, id, type, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31), grades, "ALL", "X");
    }

    CountRow row(Pr1500Result r, Report report, String campus, Assignment a) {
        return r.rows(report).stream().filter(x -> x.campusId.equals(campus) && x.assignment == a).findFirst().orElseThrow();
    }

    @Test
    void threeMathAndThreeScienceClassesCountOnceUnderEach() {
        enroll(HS, "09", "10");
        staff("1000000001", "900000001", 12);
        for (int i = 0; i < 3; i++) teach("1000000001", HS, "03100500", 25);
        for (int i = 0; i < 3; i++) teach("1000000001", HS, "03010200", 20);
        Pr1500Result r = count(List.of(cert("900000001", "STD", "Grades (6-12)"), cert("1000000001", "PRO", "Grades (6-12)")));
        CountRow math = row(r, Report.SECONDARY, HS, Assignment.MATHEMATICS);
        CountRow science = row(r, Report.SECONDARY, HS, Assignment.SCIENCE);
        assertEquals(1, math.total());
        assertEquals(1, science.total());
        assertEquals(1, math.count(CredentialCategory.STANDARD), "matched by SSN");
        assertEquals(1, math.count(CredentialCategory.PROBATIONARY), "matched by TX Unique Staff ID");
        assertEquals(1, math.count(ExperienceBucket.YEARS_11_20));
        TeacherLine mathLine = r.teachers().stream().filter(t -> t.assignment == Assignment.MATHEMATICS).findFirst().orElseThrow();
        assertEquals(3, mathLine.classes);
        assertEquals(75, mathLine.students);
        assertTrue(r.elementary().isEmpty());
    }

    @Test
    void seCodesAtACampusInBothLevelsCountAsGeneralistInBothReports() {
        enroll(PK6, "PK", "03", "06");
        staff("1000000002", null, 0);
        teach("1000000002", PK6, "SE000001", 6);
        Pr1500Result r = count(List.of(cert("1000000002", "STD", "Grades (EC-12)")));
        CountRow elem = row(r, Report.ELEMENTARY, PK6, Assignment.GENERALIST);
        CountRow sec = row(r, Report.SECONDARY, PK6, Assignment.GENERALIST);
        assertEquals(1, elem.total());
        assertEquals(1, sec.total());
        assertTrue(elem.bothLevels && sec.bothLevels);
        assertEquals(1, sec.count(ExperienceBucket.BEGINNING));
    }

    @Test
    void role087WithNoStudentsIsNotCountedAndAMissing30040IsNotReported() {
        enroll(PK6, "KG", "01");
        staff("1000000003", null, 4);
        teach("1000000003", PK6, "02030000", 0);
        teach("1000000004", PK6, "02030000", 18);
        Pr1500Result r = count(List.of());
        CountRow gen = row(r, Report.ELEMENTARY, PK6, Assignment.GENERALIST);
        assertEquals(1, gen.total());
        assertEquals(1, gen.count(ExperienceBucket.NOT_REPORTED));
        assertEquals(1, gen.count(CredentialCategory.NO_CREDENTIAL));
        assertEquals(List.of("TX-PR1500-NO-STAFF-RECORD"), codes());
        assertEquals("1000000004", issues.all().get(0).value());
    }

    @Test
    void aTeacherCountsAtEveryCampusTaughtAndBucketsSumToTotals() {
        enroll(HS, "11");
        enroll(PK6, "PK", "06");
        staff("1", null, 3);
        staff("2", null, 25);
        staff("3", null, 40);
        teach("1", HS, "03100500", 20);
        teach("1", PK6, "03100500", 22);
        teach("2", HS, "03100500", 20);
        teach("3", PK6, "02030000", 15);
        teach("3", PK6, "99999999", 15);
        Pr1500Result r = count(List.of());
        assertEquals(2, row(r, Report.SECONDARY, HS, Assignment.MATHEMATICS).total());
        assertEquals(1, row(r, Report.SECONDARY, PK6, Assignment.MATHEMATICS).total());
        assertEquals(1, row(r, Report.ELEMENTARY, PK6, Assignment.OTHER).total());
        assertEquals(1, row(r, Report.SECONDARY, PK6, Assignment.OTHER).total());
        for (Report report : Report.values()) {
            for (CountRow row : r.rows(report)) {
                int sum = 0;
                for (ExperienceBucket b : ExperienceBucket.values()) sum += row.count(b);
                assertEquals(row.total(), sum, row.campusId + " " + row.assignment);
            }
        }
        assertEquals(List.of("TX-PR1500-SERVICE-ID-UNMAPPED"), codes());
    }

    @Test
    void aCampusWithResponsibilitiesButNoEnrollmentsIsReportedAndNotCounted() {
        staff("1", null, 3);
        teach("1", "012345999", "03100500", 5);
        Pr1500Result r = count(List.of());
        assertTrue(r.teachers().isEmpty());
        Set<String> codes = Set.copyOf(codes());
        assertEquals(Set.of("TX-PR1500-CAMPUS-NO-ENROLLMENT", "TX-PR1500-CAMPUS-LEFT-OUT", "TX-PR1500-NO-TEACHERS"), codes);
    }

    @Test
    void unknownCertTypesAndUnreadableGradeLevelsAreReportedOnceAndNotCounted() {
        enroll(HS, "09");
        staff("1", "900000009", 3);
        teach("1", HS, "03100500", 20);
        teach("1", HS, "03010200", 20);
        Pr1500Result r = count(List.of(cert("1", "XYZ", "Grades (6-12)"), cert("900000009", "STD", "Grades (All)")));
        assertEquals(1, row(r, Report.SECONDARY, HS, Assignment.MATHEMATICS).count(CredentialCategory.NO_CREDENTIAL));
        assertEquals(List.of("TX-PR1500-CERT-TYPE-UNKNOWN", "TX-PR1500-CERT-GRADE-LEVEL"), codes());
        Issue gradeIssue = issues.all().get(1);
        assertEquals("***-**-0009", gradeIssue.message().replaceAll(".*staff (\\S+) .*", "$1"), "SSN masked");
    }

    List<String> codes() {
        return issues.all().stream().map(Issue::rule).collect(Collectors.toList());
    }
}
