package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One test group per counting rule of the spec, with the seed's own cases. */
class CountingRulesTest {
    static final LocalDate SNAPSHOT = LocalDate.of(2018, 10, 2);
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
        return new CountedCertificate(new Certificate(1, "1000000001", type, LocalDate.of(2010, 1, 1), exp,
                "Grades", "ALL", "CGN"), category, from, to);
    }

    // Rule 1
    @Test
    void snapshotIsOctober2OfTheFallYearAndConfigurable() {
        assertEquals(LocalDate.of(2018, 10, 2), CountingRules.snapshot(2018, CountingRules.DEFAULT_SNAPSHOT));
        assertEquals(LocalDate.of(2018, 10, 26), CountingRules.snapshot(2018, MonthDay.of(10, 26)));
    }

    // Rule 2
    @Test
    void campusLevelComesFromEnrolledGrades() {
        assertEquals(EnumSet.of(Report.ELEMENTARY), campus("PK", "KG", "05").reports());
        assertEquals(EnumSet.of(Report.SECONDARY), campus("06", "07", "08").reports());
        CampusLevel pk6 = campus("PK", "03", "06");
        assertEquals(EnumSet.allOf(Report.class), pk6.reports());
        assertTrue(CountingRules.bothLevels(pk6));
        assertFalse(CountingRules.bothLevels(campus("KG", "05")));
    }

    @Test
    void earlyEducationAloneMakesNoCampusElementary() {
        CampusLevel ee = campus("EE", "EE");
        assertTrue(ee.reports().isEmpty());
        assertTrue(ee.hasEnrollments());
        assertEquals(EnumSet.of(Report.ELEMENTARY), campus("EE", "KG").reports());
        assertNull(Grades.ofGradeLevelCode("13"));
    }

    // Rule 3
    @Test
    void teacherOfRecordIsRole087WithStudents() {
        assertTrue(CountingRules.isTeacherOfRecord(resp("087", 1)));
        assertFalse(CountingRules.isTeacherOfRecord(resp("087", 0)), "087 with 0 students is not counted");
        assertFalse(CountingRules.isTeacherOfRecord(resp("087", null)));
        assertFalse(CountingRules.isTeacherOfRecord(resp("003", 20)));
    }

    static Responsibility resp(String role, Integer students) {
        return new Responsibility("f", 1, "012345", "1000000001", "012345001", role, "02030000", null, null, students);
    }

    // Rule 4
    @Test
    void se000001CountsAsGeneralistInBothReportsOfACampusInBoth() {
        CountingRules.Placement p = rules.place("SE000001", campus("PK", "06"));
        assertEquals(Assignment.GENERALIST, p.assignment());
        assertEquals(EnumSet.allOf(Report.class), p.reports());
        assertFalse(p.levelMismatch());
        assertEquals(EnumSet.of(Report.SECONDARY), rules.place("SE000001", campus("09")).reports());
    }

    @Test
    void aLevelMismatchCountsInTheReportTheCampusHasWithAWarningFlag() {
        CountingRules.Placement p = rules.place("03100500", campus("KG", "04"));
        assertEquals(Assignment.MATHEMATICS, p.assignment());
        assertEquals(EnumSet.of(Report.ELEMENTARY), p.reports());
        assertTrue(p.levelMismatch());
        CountingRules.Placement matching = rules.place("03100500", campus("PK", "06"));
        assertEquals(EnumSet.of(Report.SECONDARY), matching.reports());
        assertFalse(matching.levelMismatch());
    }

    @Test
    void anUnmappedServiceIdCountsUnderOther() {
        CountingRules.Placement p = rules.place("N1290001", campus("PK", "06"));
        assertEquals(Assignment.OTHER, p.assignment());
        assertTrue(p.unmapped());
        assertEquals(EnumSet.allOf(Report.class), p.reports());
        assertEquals(Assignment.OTHER, CountingRules.row(Assignment.CTE, Report.ELEMENTARY));
        assertEquals(Assignment.CTE, CountingRules.row(Assignment.CTE, Report.SECONDARY));
    }

    // Rule 5
    @Test
    void aCertificateExpiring31January2019CountsAndOneExpiredBeforeTheSnapshotDoesNot() {
        assertTrue(rules.counts(cert("STD", CredentialCategory.STANDARD, "2019-01-31", 6, 12), Report.SECONDARY));
        assertFalse(rules.counts(cert("STD", CredentialCategory.STANDARD, "2018-10-01", 6, 12), Report.SECONDARY));
        assertFalse(rules.counts(cert("STD", CredentialCategory.STANDARD, "2018-10-02", 6, 12), Report.SECONDARY),
                "valid means expiring after the snapshot date");
        assertTrue(rules.counts(cert("PRV", CredentialCategory.STANDARD, null, Grades.PK, 12), Report.ELEMENTARY), "Life");
    }

    @Test
    void gradeRangeMustOverlapTheReport() {
        CountedCertificate ec6 = cert("STD", CredentialCategory.STANDARD, null, Grades.PK, 6);
        CountedCertificate sec = cert("STD", CredentialCategory.STANDARD, null, 6, 12);
        CountedCertificate g48 = cert("STD", CredentialCategory.STANDARD, null, 4, 8);
        assertTrue(rules.counts(ec6, Report.ELEMENTARY));
        assertTrue(rules.counts(ec6, Report.SECONDARY), "EC-6 reaches grade 6");
        assertFalse(rules.counts(sec, Report.ELEMENTARY));
        assertTrue(rules.counts(g48, Report.ELEMENTARY));
        assertTrue(rules.counts(g48, Report.SECONDARY));
        assertEquals(List.of(Grades.PK, 6), List.of(Grades.ofCertificateGradeLevel("Grades (EC-6)")[0],
                Grades.ofCertificateGradeLevel("Grades (EC-6)")[1]));
        assertNull(Grades.ofCertificateGradeLevel("Grades (All Levels)"));
    }

    @Test
    void stdAndProCountUnderStandardAndProbationaryEachOnce() {
        Set<CredentialCategory> got = rules.categories(List.of(
                cert("STD", CredentialCategory.STANDARD, "2020-12-31", Grades.PK, 6),
                cert("PRV", CredentialCategory.STANDARD, null, Grades.PK, 12),
                cert("PRO", CredentialCategory.PROBATIONARY, "2019-07-31", Grades.PK, 6)), Report.ELEMENTARY);
        assertEquals(EnumSet.of(CredentialCategory.STANDARD, CredentialCategory.PROBATIONARY), got);
    }

    @Test
    void noCountingCertificateIsNoCredential() {
        assertEquals(EnumSet.of(CredentialCategory.NO_CREDENTIAL), rules.categories(List.of(
                cert("STD", CredentialCategory.STANDARD, "2018-06-30", Grades.PK, 6)), Report.ELEMENTARY));
        assertEquals(EnumSet.of(CredentialCategory.NO_CREDENTIAL), rules.categories(List.of(), Report.SECONDARY));
    }

    @Test
    void certTypesMapToTheSeedsCategoriesAndDistrictPermits() {
        CertTypeTable types = new CertTypeTable().type("STD", CredentialCategory.STANDARD).type("XPL", null).permit("LPT");
        assertEquals(CredentialCategory.STANDARD, CountingRules.category(types, "std").orElseThrow());
        assertEquals(CredentialCategory.DISTRICT_PERMIT, CountingRules.category(types, "LPT").orElseThrow());
        assertTrue(types.isKnown("XPL"));
        assertTrue(CountingRules.category(types, "XPL").isEmpty());
        assertFalse(types.isKnown("ABC"));
    }

    // Rule 6
    @Test
    void experienceBucketsAsTeaReportsThem() {
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
        assertEquals(ExperienceBucket.NOT_REPORTED, CountingRules.experience(null));
    }
}
