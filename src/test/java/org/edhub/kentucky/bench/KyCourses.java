package org.edhub.kentucky.bench;

import java.util.ArrayList;
import java.util.List;

import org.edhub.bench.CsvOut;

/**
 * The generated state course codes (one per subject and grade) and the KECS course catalog that lists them, plus
 * the placeholders of seed 000 and one code retired in 2024 (Issues warning 8).
 */
final class KyCourses {
    record Course(String code, String name, String content, String low, String high) {
    }

    static final String RETIRED = "401001";
    static final String GUIDANCE = "800500";
    static final String DUAL_CREDIT = "909995";
    static final String SPECIAL_EDUCATION = "230999";
    private static final String[][] SUBJECTS = {
            {"27", "Mathematics", "Mathematics"}, {"23", "English/Language Arts", "English/Language Arts"},
            {"30", "Science", "Science"}, {"33", "Social Studies", "Social Studies"},
            {"50", "Arts and Humanities", "Arts and Humanities"}, {"72", "Physical Education", "Physical Education"},
            {"55", "World Language", "World Language"}};

    private KyCourses() {
    }

    /** The seven courses a class of this grade takes, one per subject. */
    static List<Course> forGrade(String grade) {
        List<Course> courses = new ArrayList<>(SUBJECTS.length);
        for (String[] s : SUBJECTS) courses.add(new Course(s[0] + "01" + twoDigits(grade), s[1] + " Grade " + grade, s[2], grade, grade));
        return courses;
    }

    static void writeCatalog(CsvOut csv) {
        for (String grade : KyGrades.ALL) {
            for (Course c : forGrade(grade)) {
                csv.row(c.code(), c.name(), c.content(), c.content(), "0", "General", c.low(), c.high(), "2015", "", "0");
            }
        }
        csv.row(SPECIAL_EDUCATION, "Resource Reading", "Special Education", "English/Language Arts", "0",
                "Any", "KG", "12", "2015", "", "0");
        csv.row(RETIRED, "Chemistry", "Science", "Science", "1", "General", "10", "12", "2015", "2024", "0");
        csv.row("270399", "AP Calculus", "Mathematics", "Mathematics", "1", "General", "11", "12", "2015", "", "3");
        csv.row(GUIDANCE, "Placeholder Course", "Placeholder", "Any", "0", "Any", "All Grades", "All Grades", "2015", "", "0");
        csv.row(DUAL_CREDIT, "Placeholder Course", "Placeholder", "Any", "0", "Any", "All Grades", "All Grades", "2015", "", "0");
    }

    private static String twoDigits(String grade) {
        return grade.equals("KG") ? "00" : grade;
    }
}
