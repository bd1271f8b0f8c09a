package org.edhub.texas.bench;

import java.nio.file.Path;
import java.util.List;

import org.edhub.bench.CsvOut;
import org.edhub.bench.Dice;
import org.edhub.bench.Tier;

/**
 * Writes a Texas tier as the command line reads it, one folder for all districts (the PR1500 counts key every row by
 * its campus and its 30090 district): {@code tx-certifications/} with one ECOS file and {@code tx-peims/} with the
 * staff and the student enrollment interchanges, for school year 2018-2019. Campus by campus, nothing kept.
 */
public final class TxGenerator {
    public static final String YEAR = "2018-2019";
    private static final List<String> FIRST = List.of("Maria", "James", "Linda", "Robert", "Ana", "Kevin", "Paula",
            "David", "Emily", "Carlos", "Grace", "Thomas", "Sofia", "Brian", "Karen", "Jose");
    private static final List<String> LAST = List.of("Garza", "Nguyen", "Okafor", "Smith", "Lopez", "Brown", "White",
            "Kim", "Clark", "Ramirez", "Lee", "Wilson", "Hernandez", "Turner", "Young", "Perez");

    private final Tier.Tx size;
    private final long seed;
    private long teacherCount;
    private long studentCount;

    public TxGenerator(Tier.Tx size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Writes the tier into {@code out}; returns a one-line summary of what was written. */
    public String write(Path out, String prefix) {
        String staffRoot = "InterchangeStaffAssociation";
        String studentRoot = "InterchangeStudentEnrollmentExtension";
        try (CsvOut certs = CsvOut.create(out.resolve("tx-certifications/" + prefix + "_" + YEAR + "_ECOS_certifications.csv"));
             CsvOut staff = CsvOut.create(out.resolve("tx-peims/" + prefix + "_2019_Fall_StaffAssociation.xml"));
             CsvOut students = CsvOut.create(out.resolve("tx-peims/" + prefix + "_2019_Fall_StudentEnrollment.xml"))) {
            staff.text(TxXml.open(staffRoot));
            students.text(TxXml.open(studentRoot));
            Counts counts = new Counts();
            int campus = 0;
            for (int d = 0; d < size.districts(); d++) {
                int first = firstCampus(d);
                int count = firstCampus(d + 1) - first;
                String district = String.format("%06d", 100_000 + d * 17);
                for (int c = 0; c < count; c++, campus++) {
                    Campus at = new Campus(district, campusId(district, c), c + 1 < count ? campusId(district, c + 1) : null,
                            CampusKind.at(new Dice(seed, campus).unit()));
                    writeCampus(new Dice(seed, 1_000_000L + campus), at, staff, students, certs, counts);
                }
            }
            staff.text(TxXml.close(staffRoot));
            students.text(TxXml.close(studentRoot));
            return String.format("TX: %d districts, %d campuses, %d teachers, %d 30040, %d 30090, %d 40110, %d certificate rows",
                    size.districts(), campus, teacherCount, counts.staff, counts.responsibilities, counts.enrollments, certs.rows());
        }
    }

    private record Campus(String district, String id, String neighbour, CampusKind kind) {
    }

    private static final class Counts {
        long staff;
        long responsibilities;
        long enrollments;
    }

    private int firstCampus(int district) {
        return (int) (((long) district * size.campuses() + size.districts() - 1) / size.districts());
    }

    private static String campusId(String district, int index) {
        return district + String.format("%03d", index + 1);
    }

    private void writeCampus(Dice dice, Campus campus, CsvOut staff, CsvOut students, CsvOut certs, Counts counts) {
        int teachers = dice.near((double) size.teachers() / size.campuses(), 0.4);
        double perTeacher = (double) size.responsibilities() / size.teachers();
        for (int t = 0; t < teachers; t++) {
            long n = ++teacherCount;
            String uniqueId = String.valueOf(1_000_000_000L + n);
            String ssn = String.valueOf(900_000_000L + n);
            if (!dice.chance(TxMix.NO_STAFF_RECORD)) {
                staff.text(TxXml.staff(uniqueId, ssn, dice.pick(FIRST), dice.pick(LAST),
                        dice.chance(TxMix.OTHER_EXPERIENCE_ELEMENT) ? "TX-TotalYearsProfExperience" : "YearsOfPriorProfessionalExperience",
                        dice.chance(TxMix.BAD_EXPERIENCE) ? "N/A" : String.valueOf(TxMix.experience(dice))));
                counts.staff++;
            }
            String main = TxMix.mainService(dice, campus.kind());
            int records = dice.near(perTeacher, 0.6);
            for (int r = 0; r < records; r++) {
                String service = TxMix.service(dice, campus.kind(), main);
                String role = dice.chance(TxMix.NOT_TEACHER_ROLE) ? "003" : "087";
                int inClass = dice.chance(TxMix.NO_STUDENTS) ? 0 : dice.between(service.startsWith("SE") ? 3 : 12, service.startsWith("SE") ? 12 : 32);
                boolean elsewhere = r == records - 1 && campus.neighbour() != null && dice.chance(TxMix.SECOND_CAMPUS);
                staff.text(TxXml.responsibility(campus.district(), uniqueId, elsewhere ? campus.neighbour() : campus.id(), role, service,
                        String.format("%05d", r + 1), service.startsWith("SE") ? "02" : "01", inClass));
                counts.responsibilities++;
            }
            TxCertificates.write(certs, dice, dice.chance(TxMix.KEYED_BY_SSN) ? ssn : uniqueId, campus.kind(),
                    main.startsWith("SE"), TxMix.Standing.draw(dice));
        }
        int enrolled = campus.kind() == CampusKind.NO_ENROLLMENT ? 0 : dice.near((double) size.enrollments() / size.campuses(), 0.4);
        List<String> grades = campus.kind().grades;
        for (int s = 0; s < enrolled; s++) {
            String grade = dice.chance(TxMix.BAD_GRADE_CODE) ? "13" : grades.get(dice.between(grades.get(0).equals("EE") ? 1 : 0, grades.size() - 1));
            if (grades.get(0).equals("EE") && dice.chance(0.02)) grade = "EE";
            students.text(TxXml.enrollment(String.valueOf(2_000_000_000L + ++studentCount), campus.id(), grade));
            counts.enrollments++;
        }
    }
}
