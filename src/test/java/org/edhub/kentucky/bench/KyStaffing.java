package org.edhub.kentucky.bench;

import java.util.ArrayList;
import java.util.List;

import org.edhub.bench.Dice;

/**
 * The staff of one generated school, written as it is made: District Employment and District Assignment rows, the
 * KECS educator and credential rows. Teachers 1-in-8 special education; 1.5% vacancy placeholders; the faults that
 * raise Issues warnings 1-3, 14 (an assignment at another school, no employee type, a blank or spaced EPSB ID, an
 * employment ended last year), a substitute, and the College Professor placeholder at high schools.
 */
final class KyStaffing {
    private static final List<String> FIRST = List.of("Ann", "Ben", "Cara", "Dale", "Eve", "Frank", "Gina", "Hal", "Ida",
            "Joe", "Kim", "Lee", "Max", "Nia", "Otis", "Pam");
    private static final List<String> LAST = List.of("Adams", "Baker", "Carter", "Dixon", "Evans", "Fields", "Gray",
            "Howard", "Irwin", "Jones", "King", "Lowe", "Moore", "Noble", "Owens", "Price");
    private static final List<String> VACANCIES = List.of("261", "262", "263", "264", "265", "266", "267", "268", "269",
            "260", "641", "642", "643", "644", "645", "646", "647", "648", "649", "650");

    final List<String> teachers = new ArrayList<>();
    final List<String> special = new ArrayList<>();
    String counselor;
    String administrator;
    String substitute;
    String professor;

    KyStaffing(KyDistrict d, Dice dice, String school, SchoolKind kind, int count) {
        int specialCount = Math.max(1, count / 8);
        for (int k = 0; k < count; k++) {
            boolean sped = k < specialCount;
            String code = sped ? KyCredentials.SPECIAL_EDUCATION : kind == SchoolKind.ELEMENTARY ? KyCredentials.ELEMENTARY
                    : KyCredentials.contentCode((k - specialCount) % KyCredentials.CONTENTS.size());
            String person = person(d, dice, school, "01", sped ? "Special Education Teacher" : "Teacher",
                    sped ? kind.teacherJobClass() : dice.chance(0.005) ? "0290" : kind.teacherJobClass(), code, dice.chance(0.015));
            (sped ? special : teachers).add(person);
        }
        counselor = person(d, dice, school, "03", "Guidance Counselor", "0220", KyCredentials.GUIDANCE, false);
        administrator = person(d, dice, school, "02", "Principal", "0210", KyCredentials.ADMINISTRATION, false);
        if (dice.chance(0.3)) substitute = person(d, dice, school, "04", "Substitute Teacher", "0190", KyCredentials.SUBSTITUTE, false);
        if (kind == SchoolKind.HIGH) {
            professor = d.staffPerson();
            d.employment.row(professor, "College", "Professor", "271", "Certified", "2020-07-01", "");
            d.assignments.row(professor, school, "07", "", "Dual Credit Instructor", kind.teacherJobClass(), "0.0", "2025-07-01", "");
        }
    }

    private String person(KyDistrict d, Dice dice, String school, String type, String title, String jobClass,
                          String credential, boolean vacancy) {
        String person = d.staffPerson();
        String first = vacancy ? "Vacancy" : dice.pick(FIRST);
        String last = vacancy ? "Vacancy" : dice.pick(LAST);
        String epsb = vacancy ? dice.pick(VACANCIES) : d.epsb();
        String license = dice.chance(0.003) ? "" : dice.chance(0.005) ? " " + epsb : epsb;
        String employeeType = dice.chance(0.003) ? "" : "Certified";
        boolean ended = dice.chance(0.003);
        d.employment.row(person, first, last, license, employeeType, "20" + dice.between(10, 24) + "-08-01", ended ? "2025-06-30" : "");
        String at = dice.chance(0.005) ? "9" + school.substring(1) : school;
        d.assignments.row(person, at, type, "", title, jobClass, "1.0", "2025-07-01", "");
        if (!vacancy) {
            d.educators.row(epsb, first, last, experience(dice));
            KyCredentials.write(d.credentials, dice, epsb, credential);
            if (jobClass.equals("0290") && dice.chance(0.5)) d.clearances.row(epsb, "0290", "2025-2026", "2025-09-15");
        }
        return person;
    }

    /** Years of experience: about 16% in their first two years. */
    private static int experience(Dice dice) {
        return dice.chance(0.16) ? dice.between(0, 1) : dice.between(2, 35);
    }
}
