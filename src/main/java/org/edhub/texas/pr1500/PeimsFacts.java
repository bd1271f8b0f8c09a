package org.edhub.texas.pr1500;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.edhub.core.issue.IssueSink;

/**
 * What the counts need from the PEIMS interchanges, kept as they stream by: staff (30040) by TX Unique Staff ID,
 * each campus's level from its enrollments (40110, no student kept), and the teacher-of-record responsibilities
 * (30090, rule 3) grouped by campus, teacher and service ID. Other 30090 records only mark their campus as staffed.
 * Of a 30090 record only its place and district are kept ({@link Source}); repeated IDs are shared.
 */
public final class PeimsFacts implements org.edhub.texas.pr1500.TsdsRecords {
    /** Where a 30090 record was read, and its district: what an issue or a report row needs of it. */
    public record Source(String file, long line, String districtId) {
    }

    /** One teacher-of-record class (rule 3): what the counts keep of its 30090 record, in one piece or spilled. */
    public record TeacherClass(Source source, String campusId, String staffId, String serviceId, int students) {
        public static TeacherClass of(Responsibility r) {
            return new TeacherClass(new Source(r.file(), r.line(), r.districtId()), r.campusId(), r.staffId(),
                    r.serviceId(), r.students());
        }
    }

    /** The classes one teacher teaches under one service ID at one campus. */
    public static final class Taught {
        public final Source first;
        public int classes;
        public int students;

        Taught(Source first) {
            this.first = first;
        }

        /** This group followed by the same group of a later file: the first record stays this one's. */
        Taught add(Taught later) {
            classes += later.classes;
            students += later.students;
            return this;
        }
    }

    private final IssueSink issues;
    private final SharedStrings strings = new SharedStrings();
    private final Map<String, StaffRecord> staff = new HashMap<>();
    private final Map<String, CampusLevel> campuses = new HashMap<>();
    /**
     * Hash maps while records stream by (a sorted map compares IDs character by character on every record), sorted
     * once when the counts ask for them.
     */
    private final Map<String, Source> staffedCampuses = new HashMap<>();
    /** campus, then staff ID, then service ID (in the order first read); sorted by campus and staff when asked for. */
    private Map<String, Map<String, Map<String, Taught>>> teaching = new HashMap<>();
    private boolean sorted;

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
        CampusLevel campus = campuses.get(e.campusId());
        if (campus == null) campuses.put(strings.of(e.campusId()), campus = new CampusLevel());
        CountingRules.enroll(campus, grade);
    }

    @Override
    public void responsibility(Responsibility r) {
        staffed(r);
        if (CountingRules.isTeacherOfRecord(r)) taught(TeacherClass.of(r));
    }

    /** Marks the record's campus as staffed; its source when it is the campus's first record, else null. */
    public Source staffed(Responsibility r) {
        String campusId = strings.of(r.campusId());
        if (staffedCampuses.containsKey(campusId)) return null;
        Source source = source(r);
        staffedCampuses.put(campusId, source);
        return source;
    }

    /** One teacher-of-record class (rule 3). */
    public void taught(TeacherClass c) {
        sorted = false;
        String service = c.serviceId() == null ? "" : strings.of(c.serviceId());
        Map<String, Taught> services = teaching.computeIfAbsent(strings.of(c.campusId()), k -> new HashMap<>())
                .computeIfAbsent(strings.of(c.staffId()), k -> new LinkedHashMap<>(4));
        Taught t = services.get(service);
        if (t == null) {
            Source read = c.source();
            services.put(service, t = new Taught(new Source(read.file(), read.line(), strings.of(read.districtId()))));
        }
        t.classes++;
        t.students += c.students();
    }

    /** Adds the facts of a later file: as if its records had come after this one's. */
    public void addAll(PeimsFacts later) {
        sorted = false;
        later.staff.forEach(staff::putIfAbsent);
        later.campuses.forEach((id, level) -> campuses.merge(id, level, CampusLevel::add));
        later.staffedCampuses.forEach(staffedCampuses::putIfAbsent);
        later.teaching.forEach((campusId, teachers) -> {
            Map<String, Map<String, Taught>> here = teaching.computeIfAbsent(campusId, k -> new HashMap<>());
            teachers.forEach((staffId, services) -> {
                Map<String, Taught> mine = here.computeIfAbsent(staffId, k -> new LinkedHashMap<>(4));
                services.forEach((service, taught) -> mine.merge(service, taught, Taught::add));
            });
        });
    }

    private Source source(Responsibility r) {
        return new Source(r.file(), r.line(), strings.of(r.districtId()));
    }

    public StaffRecord staff(String uniqueId) {
        return staff.get(uniqueId);
    }

    /** The staff record kept of each teacher: the first read. */
    public Collection<StaffRecord> staffRecords() {
        return staff.values();
    }

    public CampusLevel campus(String campusId) {
        return campuses.get(campusId);
    }

    /** Each campus with any 30090 record, with its first record (for its district and the issue's place), by campus ID. */
    public Map<String, Source> staffedCampuses() {
        return new TreeMap<>(staffedCampuses);
    }

    /** The teacher-of-record groups by campus ID, then staff ID, then service ID in the order first read. */
    public Map<String, Map<String, Map<String, Taught>>> teaching() {
        if (!sorted) {
            Map<String, Map<String, Map<String, Taught>>> byCampus = new TreeMap<>();
            teaching.forEach((campusId, teachers) ->
                    byCampus.put(campusId, teachers instanceof TreeMap ? teachers : new TreeMap<>(teachers)));
            teaching = byCampus;
            sorted = true;
        }
        return teaching;
    }
}
