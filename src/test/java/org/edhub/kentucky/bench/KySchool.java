package org.edhub.kentucky.bench;

import java.util.ArrayList;
import java.util.List;

import org.edhub.bench.Dice;

/**
 * One generated school of the 2025-2026 year: its row, calendars, students and their enrollments, the classes of
 * about 22 students of one grade each taking seven courses (one primary teacher each: the homeroom teacher in an
 * elementary school, a content teacher otherwise), special-education resource sections, the placeholder courses
 * and the faults of Issues warnings 4-13 and 15-17. Only this school's students are held while it is written.
 */
final class KySchool {
    static final String START = "2025-08-13";
    static final String END = "2026-05-22";
    static final String WINTER = "2025-12-19";
    private static final List<String> DISABILITIES = List.of("SLD", "SLD", "SLD", "SLI", "SLI", "OHI", "AUT", "MMD", "EBD", "DD");
    private static final int CLASS_SIZE = 22;

    private record Student(String person, String grade, boolean sped) {
    }

    private final KyDistrict d;
    private final Dice dice;
    private final String number;
    private final SchoolKind kind;
    private final String calendar;

    KySchool(KyDistrict d, Dice dice, int index, SchoolKind kind) {
        this.d = d;
        this.dice = dice;
        this.number = String.format("%03d", (index + 1) * 10);
        this.kind = kind;
        this.calendar = String.valueOf((d.index + 1) * 1000L + index * 2);
    }

    void write(int teachers, int students) {
        String name = d.name.replace(" Schools", "") + " " + kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + " " + number;
        d.schools.row(d.number, d.name, number, name, kind.classification, kind.low, kind.high);
        d.calendars.row(calendar, number, "25-26 " + name, "2026", START, END, "N", dice.chance(0.01) ? "Y" : "N");
        KyStaffing staff = new KyStaffing(d, dice, number, kind, teachers);
        List<Student> enrolled = enroll(students, staff);
        List<String> grades = KyGrades.span(kind.low, kind.high);
        int cohort = 0;
        for (String grade : grades) {
            List<Student> ofGrade = enrolled.stream().filter(s -> s.grade.equals(grade)).toList();
            for (int from = 0; from < ofGrade.size(); from += CLASS_SIZE, cohort++) {
                classes(ofGrade.subList(from, Math.min(ofGrade.size(), from + CLASS_SIZE)), grade, cohort, staff);
            }
        }
        resourceSections(enrolled, staff);
        placeholders(enrolled, staff);
        if (kind == SchoolKind.HIGH) {
            String summer = String.valueOf(Long.parseLong(calendar) + 1);
            d.calendars.row(summer, number, "25-26 " + name + " Summer", "2026", "2026-06-01", "2026-06-26", "Y", "N");
            section(summer, "2701", "Algebra I Recovery", "270109", "Mathematics", "01", "", staff.teachers.isEmpty() ? staff.counselor : staff.teachers.get(0), staff);
        }
    }

    private List<Student> enroll(int count, KyStaffing staff) {
        List<String> grades = KyGrades.span(kind.low, kind.high);
        List<Student> students = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String person = d.studentPerson();
            String grade = grades.get(i % grades.size());
            boolean disabled = dice.chance(0.14);
            String disability = disabled ? dice.pick(DISABILITIES) : "";
            String manager = !disabled ? "" : dice.chance(0.005) ? "" : dice.chance(0.005) ? "99" + person : dice.pick(staff.special);
            String spedStatus = !disabled ? "" : dice.chance(0.01) ? "" : "A";
            String iep = !disabled ? "N" : dice.chance(0.01) ? "N" : "Y";
            String stateId = dice.chance(0.002) ? "" : d.stateId(person);
            String exclude = dice.chance(0.01) ? "Y" : "N";
            double u = dice.unit();
            if (u < 0.03) {
                d.enrollments.row(d.enrollmentId(), person, stateId, calendar, grade, "P", START, WINTER, "N", exclude, disability, manager, spedStatus, iep);
                d.enrollments.row(d.enrollmentId(), person, stateId, calendar, grade, "P", "2026-01-05", "", "N", exclude, disability, manager, spedStatus, iep);
            } else {
                String end = u < 0.04 ? WINTER : "";
                String noShow = u >= 0.04 && u < 0.045 ? "Y" : "N";
                d.enrollments.row(d.enrollmentId(), person, stateId, calendar, grade, "P", START, end, noShow, exclude, disability, manager, spedStatus, iep);
            }
            students.add(new Student(person, grade, disabled && !spedStatus.isEmpty()));
        }
        return students;
    }

    private void classes(List<Student> students, String grade, int cohort, KyStaffing staff) {
        List<KyCourses.Course> courses = KyCourses.forGrade(grade);
        for (int j = 0; j < courses.size(); j++) {
            KyCourses.Course c = courses.get(j);
            String teacher = teacherOf(staff, cohort, j);
            String code = dice.chance(0.003) ? "" : dice.chance(0.003) ? KyCourses.RETIRED : c.code();
            String method = dice.chance(0.005) ? "02" : dice.chance(0.005) ? "10" : "01";
            String section = section(calendar, c.code().substring(0, 4), c.name(), code, c.content(), method, "", teacher, staff);
            for (Student s : students) d.rosters.row(section, s.person, START, dice.chance(0.02) ? WINTER : "");
        }
    }

    private String teacherOf(KyStaffing staff, int cohort, int course) {
        List<String> t = staff.teachers.isEmpty() ? staff.special : staff.teachers;
        if (kind == SchoolKind.ELEMENTARY) return t.get(cohort % t.size());
        int perContent = Math.max(1, t.size() / KyCredentials.CONTENTS.size());
        return t.get((course * perContent + cohort % perContent) % t.size());
    }

    /** A section row and its staff rows; returns the section ID. */
    private String section(String cal, String courseNumber, String courseName, String code, String content, String method,
                           String special, String teacher, KyStaffing staff) {
        String id = d.sectionId();
        boolean active = !dice.chance(0.002);
        String end = dice.chance(0.002) ? "" : cal.equals(calendar) ? END : "2026-06-26";
        String setting = dice.chance(0.005) ? "02" : "01";
        d.sections.row(id, cal, cal.equals(calendar) ? "Main" : "Summer", courseNumber, courseName, active ? "Y" : "N",
                "1", code, content, method, setting, special, dice.chance(0.002) ? "Y" : "N", "N", START, end);
        String primary = staff.substitute != null && dice.chance(0.01) ? staff.substitute : teacher;
        d.sectionStaff.row(id, primary, "P", START, dice.chance(0.003) ? "2026-01-09" : "");
        if (dice.chance(0.002)) d.sectionStaff.row(id, dice.pick(staff.teachers.isEmpty() ? staff.special : staff.teachers), "P", START, "");
        if (dice.chance(0.05)) d.sectionStaff.row(id, dice.pick(staff.special), "T", START, "");
        return id;
    }

    /** One special-education resource section per ten special-education students; 30% also take general students. */
    private void resourceSections(List<Student> students, KyStaffing staff) {
        List<Student> sped = students.stream().filter(Student::sped).toList();
        for (int from = 0, n = 0; from < sped.size(); from += 10, n++) {
            String section = section(calendar, "0900", "Resource Reading", KyCourses.SPECIAL_EDUCATION, "English/Language Arts",
                    "01", "05", staff.special.get(n % staff.special.size()), staff);
            for (Student s : sped.subList(from, Math.min(sped.size(), from + 10))) d.rosters.row(section, s.person, START, "");
            if (dice.chance(0.3)) {
                for (int g = 0; g < 5; g++) d.rosters.row(section, dice.pick(students).person, START, "");
            }
        }
    }

    /** Guidance (800500), a section left empty, and at high schools a dual-credit course of the College Professor. */
    private void placeholders(List<Student> students, KyStaffing staff) {
        if (students.isEmpty()) return;
        String guide = dice.chance(0.05) && !staff.teachers.isEmpty() ? staff.teachers.get(0) : staff.counselor;
        String guidance = section(calendar, "0800", "Guidance", KyCourses.GUIDANCE, "Guidance", "01", "", guide, staff);
        for (int i = 0; i < 10; i++) d.rosters.row(guidance, dice.pick(students).person, START, "");
        if (dice.chance(0.5)) section(calendar, "0810", "Study Hall", KyCourses.GUIDANCE, "Guidance", "01", "", staff.counselor, staff);
        if (staff.professor != null) {
            String dual = section(calendar, "1900", "ENG 101", KyCourses.DUAL_CREDIT, "English/Language Arts",
                    dice.chance(0.35) ? "11" : "12", "", staff.professor, staff);
            for (int i = 0; i < 15; i++) d.rosters.row(dual, dice.pick(students).person, START, "");
        }
    }
}
