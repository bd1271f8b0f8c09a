package org.edhub.kentucky.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.Enrollment;
import org.edhub.kentucky.bundle.Roster;
import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SchoolCalendar;
import org.edhub.kentucky.bundle.SectionStaff;
import org.edhub.kentucky.bundle.SisBundle;

/** The bundle's records looked up by the keys the rules follow. */
public final class SisIndex {
    private final SisBundle bundle;
    private final Map<String, School> schools;
    private final Map<String, SchoolCalendar> calendars;
    private final Map<String, List<SectionStaff>> staffBySection;
    private final Map<String, List<Roster>> rostersBySection;
    private final Map<String, Map<String, List<Enrollment>>> enrollmentsByCalendarPerson;
    private final Map<String, List<Employment>> employmentByPerson;
    private final Map<String, List<Assignment>> assignmentsByPerson;

    public SisIndex(SisBundle bundle) {
        this.bundle = bundle;
        this.schools = bundle.schools().stream().collect(Collectors.toMap(School::schoolNumber, s -> s, (a, b) -> a));
        this.calendars = bundle.calendars().stream()
                .collect(Collectors.toMap(SchoolCalendar::calendarId, c -> c, (a, b) -> a));
        this.staffBySection = group(bundle.sectionStaff(), SectionStaff::sectionId);
        this.rostersBySection = group(bundle.rosters(), Roster::sectionId);
        this.enrollmentsByCalendarPerson = bundle.enrollments().stream()
                .collect(Collectors.groupingBy(Enrollment::calendarId, Collectors.groupingBy(Enrollment::personId)));
        this.employmentByPerson = group(bundle.employment(), Employment::personId);
        this.assignmentsByPerson = group(bundle.assignments(), Assignment::personId);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }

    public SisBundle bundle() {
        return bundle;
    }

    public Optional<School> school(String number) {
        return Optional.ofNullable(schools.get(number));
    }

    public Optional<SchoolCalendar> calendar(String id) {
        return Optional.ofNullable(calendars.get(id));
    }

    public List<SectionStaff> staffOf(String sectionId) {
        return staffBySection.getOrDefault(sectionId, List.of());
    }

    public List<Roster> rosterOf(String sectionId) {
        return rostersBySection.getOrDefault(sectionId, List.of());
    }

    /** The enrollments in a calendar by person ID: one look-up per section for the students of its roster. */
    public Map<String, List<Enrollment>> enrollmentsIn(String calendarId) {
        return enrollmentsByCalendarPerson.getOrDefault(calendarId, Map.of());
    }

    public List<Employment> employmentOf(String personId) {
        return employmentByPerson.getOrDefault(personId, List.of());
    }

    public List<Assignment> assignmentsOf(String personId) {
        return assignmentsByPerson.getOrDefault(personId, List.of());
    }

    /** The district's number and name, as the schools carry them (the lowest school number's). */
    public School district() {
        return bundle.schools().stream().min(Comparator.comparing(School::schoolNumber, Ids.ORDER))
                .orElse(new School(null, null, null, null, null, null, null));
    }
}
