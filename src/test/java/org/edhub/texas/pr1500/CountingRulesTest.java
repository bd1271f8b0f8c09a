package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per counting rule of the spec, named after it, with the seed's own cases, each through CountingRules. */
class CountingRulesTest {
    static final LocalDate SNAPSHOT = LocalDate.of(2018, 10, 2);
    static final String CAMPUS = "012345001";
    static final String TEACHER = "1000000001";
    final ServiceIdTable table = new ServiceIdTable()
            .add("SE000001", Assignment.GENERALIST, ServiceLevel.BOTH)
            .add("02030000", Assignment.GENERALIST, ServiceLevel.ELEM)
            .add("0310*", Assignment.MATHEMATICS, ServiceLevel.SEC)
            .add("13*", Assignment.CTE, ServiceLevel.SEC);
    final CountingRules rules = new CountingRules(SNAPSHOT, table);

    static CampusLevel campus(String... grades) {
        CampusLevel c = new CampusLevel();
        for (String g : grades) CountingRules.enroll(c, Grades.ofGradeLevelCode(g));
        return c;
    }

    static CountedCertificate cert(String type, CredentialCategory category, String expires, int from, int to) {
        LocalDate exp = expires == null ? null : LocalDate.parse(expires);
        return new CountedCertificate(new Certificate(1, TEACHER, type, LocalDate.of(2010, 1, 1), exp,
                "Grades", "ALL", "CGN"), category, from, to);
    }

    static Responsibility resp(String role, Integer students) {
        return new Responsibility("f", 1, "012345", TEACHER, CAMPUS, role, "02030000", null, null, students);
    }

    @Test
    void rule1_snapshotDateIsOctober2OfTheFallYearAndConfigurable() {
        assertEquals(MonthDay.of(10, 2), CountingRules.DEFAULT_SNAPSHOT);
        assertEquals(LocalDate.of(2018, 10, 2), CountingRules.snapshot(2018, CountingRules.DEFAULT_SNAPSHOT));
        assertEquals(LocalDate.of(2018, 10, 26), CountingRules.snapshot(2018, MonthDay.of(10, 26)), "configured");
        assertEquals(SNAPSHOT, rules.snapshot());
    }

    @Test
    void rule2_campusLevelFromThe40110GradesAPkTo6CampusInBothAndEeAloneInNeither() {
        assertEquals(Report.ELEMENTARY, CountingRules.levelOf(Grades.PK));
        assertEquals(Report.ELEMENTARY, CountingRules.levelOf(Grades.KG));
        assertEquals(Report.ELEMENTARY, CountingRules.levelOf(5));
        assertEquals(Report.SECONDARY, CountingRules.levelOf(6));
        assertEquals(Report.SECONDARY, CountingRules.levelOf(12));
        assertNull(CountingRules.levelOf(Grades.EE));

        assertEquals(EnumSet.of(Report.ELEMENTARY), campus("PK", "KG", "05").reports());
        assertEquals(EnumSet.of(Report.SECONDARY), campus("06", "07", "08").reports());
        CampusLevel pk6 = campus("PK", "03", "06");
        assertEquals(EnumSet.allOf(Report.class), pk6.reports(), "6th graders at an elementary campus");
        assertTrue(CountingRules.bothLevels(pk6), "marked *");
        assertFalse(CountingRules.bothLevels(campus("KG", "05")));

        CampusLevel ee = campus("EE", "EE");
        assertTrue(ee.reports().isEmpty(), "EE alone makes no campus elementary");
        assertTrue(ee.hasEnrollments());
        assertFalse(CountingRules.inAnyReport(ee), "in neither report");
        assertFalse(CountingRules.inAnyReport(null), "no enrollments read");
        assertTrue(CountingRules.inAnyReport(campus("EE", "KG")));
        assertEquals(EnumSet.of(Report.ELEMENTARY), campus("EE", "KG").reports());
        assertNull(Grades.ofGradeLevelCode("13"), "not a C050 code: the enrollment is not used");
    }

    @Test
    void rule3_teacherOfRecordIsRole087WithStudentsCountedOncePerAssignmentPerCampus() {
        assertTrue(CountingRules.isTeacherOfRecord(resp("087", 1)));
        assertFalse(CountingRules.isTeacherOfRecord(resp("087", 0)), "087 with 0 students is not counted");
        assertFalse(CountingRules.isTeacherOfRecord(resp("087", null)));
        assertFalse(CountingRules.isTeacherOfRecord(resp("003", 20)));

        CampusLevel hs = campus("09", "10");
        Assignment algebra = rules.place("03100500", hs).assignment();
        Assignment geometry = rules.place("03100700", hs).assignment();
        assertEquals(new CountingRules.CountedOnce(Report.SECONDARY, CAMPUS, algebra, TEACHER),
                new CountingRules.CountedOnce(Report.SECONDARY, CAMPUS, geometry, TEACHER),
                "two service IDs of one assignment at one campus count once");
        assertNotEquals(new CountingRules.CountedOnce(Report.SECONDARY, CAMPUS, algebra, TEACHER),
                new CountingRules.CountedOnce(Report.SECONDARY, "012345002", algebra, TEACHER),
                "counted at every campus taught");
    }

    @Test
    void rule4_assignmentAndLevelFromTheServiceIdWithALevelMismatchOrAnUnmappedIdWarned() {
        CountingRules.Placement se = rules.place("SE000001", campus("PK", "06"));
        assertEquals(Assignment.GENERALIST, se.assignment());
        assertEquals(EnumSet.allOf(Report.class), se.reports(), "BOTH at a campus in both reports");
        assertFalse(se.levelMismatch());
        assertFalse(se.unmapped());
        assertEquals(EnumSet.of(Report.SECONDARY), rules.place("SE000001", campus("09")).reports());

        assertEquals(EnumSet.of(Report.ELEMENTARY), CountingRules.reportsOf(ServiceLevel.ELEM));
        assertEquals(EnumSet.of(Report.SECONDARY), CountingRules.reportsOf(ServiceLevel.SEC));
        assertEquals(EnumSet.allOf(Report.class), CountingRules.reportsOf(ServiceLevel.BOTH));

        CountingRules.Placement mismatch = rules.place("03100500", campus("KG", "04"));
        assertEquals(Assignment.MATHEMATICS, mismatch.assignment());
        assertEquals(EnumSet.of(Report.ELEMENTARY), mismatch.reports(), "counted in the report the campus has");
        assertTrue(mismatch.levelMismatch());
        CountingRules.Placement matching = rules.place("03100500", campus("PK", "06"));
        assertEquals(EnumSet.of(Report.SECONDARY), matching.reports());
        assertFalse(matching.levelMismatch());

        CountingRules.Placement unmapped = rules.place("N1290001", campus("PK", "06"));
        assertEquals(Assignment.OTHER, unmapped.assignment());
        assertTrue(unmapped.unmapped());
        assertEquals(EnumSet.allOf(Report.class), unmapped.reports());

        assertEquals(Assignment.OTHER, CountingRules.row(Assignment.CTE, Report.ELEMENTARY), "no CTE row in elementary");
        assertEquals(Assignment.CTE, CountingRules.row(Assignment.CTE, Report.SECONDARY));
        assertEquals(Assignment.OTHER, CountingRules.row(Assignment.COMPUTER_SCIENCE, Report.ELEMENTARY));
        assertEquals(Assignment.MATHEMATICS, CountingRules.row(Assignment.MATHEMATICS, Report.ELEMENTARY));
    }

    @Test
    void rule5_credentialCategoriesFromTheCertificatesValidOnTheSnapshotWhoseGradesOverlapTheReport() {
        // valid on the snapshot: expiring after it, or Life
        assertTrue(rules.counts(cert("STD", CredentialCategory.STANDARD, "2019-01-31", 6, 12), Report.SECONDARY));
        assertFalse(rules.counts(cert("STD", CredentialCategory.STANDARD, "2018-10-01", 6, 12), Report.SECONDARY));
        assertFalse(rules.counts(cert("STD", CredentialCategory.STANDARD, "2018-10-02", 6, 12), Report.SECONDARY),
                "valid means expiring after the snapshot date");
        assertTrue(rules.counts(cert("PRV", CredentialCategory.STANDARD, null, Grades.PK, 12), Report.ELEMENTARY), "Life");
        assertTrue(CountingRules.isValidOn(cert("PRV", CredentialCategory.STANDARD, null, 6, 12).certificate(), SNAPSHOT));

        // the report's range: elementary PK-5, secondary 6-12; EC = PK
        assertEquals(Grades.PK, CountingRules.lowestGrade(Report.ELEMENTARY));
        assertEquals(5, CountingRules.highestGrade(Report.ELEMENTARY));
        assertEquals(6, CountingRules.lowestGrade(Report.SECONDARY));
        assertEquals(12, CountingRules.highestGrade(Report.SECONDARY));
        CountedCertificate ec6 = cert("STD", CredentialCategory.STANDARD, null, Grades.PK, 6);
        CountedCertificate sec = cert("STD", CredentialCategory.STANDARD, null, 6, 12);
        CountedCertificate g48 = cert("STD", CredentialCategory.STANDARD, null, 4, 8);
        assertTrue(rules.counts(ec6, Report.ELEMENTARY));
        assertTrue(rules.counts(ec6, Report.SECONDARY), "EC-6 reaches grade 6");
        assertFalse(rules.counts(sec, Report.ELEMENTARY));
        assertTrue(rules.counts(g48, Report.ELEMENTARY));
        assertTrue(rules.counts(g48, Report.SECONDARY));
        assertFalse(CountingRules.overlaps(Report.SECONDARY, Grades.PK, 5));
        assertEquals(List.of(Grades.PK, 6), List.of(Grades.ofCertificateGradeLevel("Grades (EC-6)")[0],
                Grades.ofCertificateGradeLevel("Grades (EC-6)")[1]));
        assertNull(Grades.ofCertificateGradeLevel("Grades (All Levels)"));

        // the code-to-category table, and the district's local permits
        CertTypeTable types = new CertTypeTable().type("STD", CredentialCategory.STANDARD).type("XPL", null).permit("LPT");
        assertEquals(CredentialCategory.STANDARD, CountingRules.category(types, "std").orElseThrow());
        assertEquals(CredentialCategory.DISTRICT_PERMIT, CountingRules.category(types, "LPT").orElseThrow());
        assertTrue(types.isKnown("XPL"));
        assertTrue(CountingRules.category(types, "XPL").isEmpty(), "NOT COUNTED");
        assertFalse(types.isKnown("ABC"));
        assertTrue(CountingRules.category(types, "ABC").isEmpty());

        // once per category, in each category, No Credential when none counts
        assertEquals(EnumSet.of(CredentialCategory.STANDARD, CredentialCategory.PROBATIONARY), rules.categories(List.of(
                cert("STD", CredentialCategory.STANDARD, "2020-12-31", Grades.PK, 6),
                cert("PRV", CredentialCategory.STANDARD, null, Grades.PK, 12),
                cert("PRO", CredentialCategory.PROBATIONARY, "2019-07-31", Grades.PK, 6)), Report.ELEMENTARY));
        assertEquals(EnumSet.of(CredentialCategory.NO_CREDENTIAL), rules.categories(List.of(
                cert("STD", CredentialCategory.STANDARD, "2018-06-30", Grades.PK, 6)), Report.ELEMENTARY));
        assertEquals(EnumSet.of(CredentialCategory.NO_CREDENTIAL), rules.categories(List.of(), Report.SECONDARY));
    }

    @Test
    void rule6_teachingExperienceBucketedAsTeaReportsItWithNotReportedWithoutA30040Record() {
        assertEquals(ExperienceBucket.BEGINNING, CountingRules.bucket(0));
        assertEquals(ExperienceBucket.YEARS_1_5, CountingRules.bucket(1));
        assertEquals(ExperienceBucket.YEARS_1_5, CountingRules.bucket(5));
        assertEquals(ExperienceBucket.YEARS_6_10, CountingRules.bucket(6));
        assertEquals(ExperienceBucket.YEARS_6_10, CountingRules.bucket(10));
        assertEquals(ExperienceBucket.YEARS_11_20, CountingRules.bucket(11));
        assertEquals(ExperienceBucket.YEARS_11_20, CountingRules.bucket(20));
        assertEquals(ExperienceBucket.YEARS_21_30, CountingRules.bucket(21));
        assertEquals(ExperienceBucket.YEARS_21_30, CountingRules.bucket(30));
        assertEquals(ExperienceBucket.OVER_30, CountingRules.bucket(31));
        assertEquals(ExperienceBucket.NOT_REPORTED, CountingRules.bucket(null), "none reported");
        assertEquals(ExperienceBucket.NOT_REPORTED, CountingRules.experience(null), "no 30040 record");
        assertEquals(ExperienceBucket.YEARS_11_20,
                CountingRules.experience(new StaffRecord("f", 1, TEACHER, "900000001", "F", "L", 12)));
    }
}
