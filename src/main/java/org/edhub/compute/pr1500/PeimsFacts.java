package org.edhub.compute.pr1500;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.edhub.issue.IssueSink;

/**
 * What the counts need from the PEIMS interchanges, kept as they stream by: staff (30040) by TX Unique Staff ID,
 * each campus's level from its enrollments (40110, no student kept), and the teacher-of-record responsibilities
 * (30090, rule 3) grouped by campus, teacher and service ID. Other 30090 records only mark their campus as staffed.
 */
public final class PeimsFacts implements org.edhub.parse.texas.TsdsRecords {
    /** The classes one teacher teaches under one service ID at one campus. */
    public static final class Taught {
        public final Responsibility first;
        public int classes;
        public int students;

        Taught(Responsibility first) {
            this.first = first;
        }
    }

    private final IssueSink issues;
    private final Map<String, StaffRecord> staff = new HashMap<>();
    private final Map<String, CampusLevel> campuses = new HashMap<>();
    private final Map<String, Responsibility> staffedCampuses = new TreeMap<>();
    /** campus, then staff ID, then service ID. */
    private final Map<String, Map<String, Map<String, Taught>>> teaching = new TreeMap<>();

    public PeimsFacts(IssueSink issues) {
        this.issues = issues;
    }

    @Override
    public void staff(StaffRecord record) {
        staff.putIfAbsent(record.uniqueId(), record);
    }

    @Override
    public void enrollment(Enrollment e) {
        Integer grade = Grades.ofGradeLevelCode(e.gradeLevel());
        if (grade == null) {
            issues.report(Pr1500Rule.GRADE_LEVEL_CODE.issue("'" + e.gradeLevel() + "' at campus " + e.campusId()
                    + " is not a C050 grade level code").at(e.file(), e.line()).field("TX-GradeLevel", e.gradeLevel()));
            return;
        }
        CountingRules.enroll(campuses.computeIfAbsent(e.campusId(), k -> new CampusLevel()), grade);
    }

    @Override
    public void responsibility(Responsibility r) {
        staffedCampuses.putIfAbsent(r.campusId(), r);
        if (!CountingRules.isTeacherOfRecord(r)) return;
        String service = r.serviceId() == null ? "" : r.serviceId();
        Taught t = teaching.computeIfAbsent(r.campusId(), k -> new TreeMap<>())
                .computeIfAbsent(r.staffId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(service, k -> new Taught(r));
        t.classes++;
        t.students += r.students();
    }

    public StaffRecord staff(String uniqueId) {
        return staff.get(uniqueId);
    }

    public CampusLevel campus(String campusId) {
        return campuses.get(campusId);
    }

    /** Each campus with any 30090 record, with its first record (for its district and the issue's place). */
    public Map<String, Responsibility> staffedCampuses() {
        return staffedCampuses;
    }

    public Map<String, Map<String, Map<String, Taught>>> teaching() {
        return teaching;
    }
}
