package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edhub.kentucky.bundle.Enrollment;
import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.Roster;
import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SchoolCalendar;
import org.edhub.kentucky.bundle.Section;
import org.edhub.kentucky.bundle.SectionStaff;

/**
 * R5 DETAIL, the base the other reports draw from. A section is reported when its calendar is of the school year,
 * selected, not summer school (BR8) and overlaps the date range (BR3); its school's classification is reported to
 * LEAD (BR4); its course is active (BR2); and its term has both dates and overlaps the date range. Exclude flags
 * are ignored (BR5, BR6). Its students are those rostered on its effective last day (the earlier of its end date
 * and the range end) with an active enrollment in its calendar that day, no-shows left out (BR1, BR7); of several,
 * one by {@link EnrollmentChoice#MOST_RECENT} (BR9). A section without students gives one row without a student.
 */
public final class DetailPopulation {
    static final Comparator<PlacedSection> SECTION_ORDER = Comparator
            .comparing((PlacedSection p) -> p.calendar().endYear(), Ids.ORDER)
            .thenComparing(p -> p.school().districtName(), Ids.ORDER)
            .thenComparing(p -> p.school().schoolName(), Ids.ORDER)
            .thenComparing(p -> p.calendar().name(), Ids.ORDER)
            .thenComparing(p -> p.section().scheduleStructure(), Ids.ORDER)
            .thenComparing(p -> p.section().courseNumber(), Ids.ORDER)
            .thenComparing(p -> p.section().sectionNumber(), Ids.ORDER)
            .thenComparing(p -> p.section().sectionId(), Ids.ORDER);

    private final SisIndex index;
    private final ExtractOptions options;
    private final LeadReference reference;

    public DetailPopulation(SisIndex index, ExtractOptions options, LeadReference reference) {
        this.index = index;
        this.options = options;
        this.reference = reference;
    }

    public List<DetailRow> rows() {
        List<DetailRow> rows = new ArrayList<>();
        index.bundle().sections().stream().map(this::place).flatMap(Optional::stream).sorted(SECTION_ORDER)
                .forEach(placed -> {
                    List<Enrollment> students = students(placed);
                    if (students.isEmpty()) rows.add(new DetailRow(placed, null));
                    students.forEach(s -> rows.add(new DetailRow(placed, s)));
                });
        return rows;
    }

    /**
     * Decision (kentucky-lead-extract.md): the sections that would be reported but whose own term dates lie outside
     * the school year (7/1-6/30), in report order; they are left out of the reports and Issues warning 18 names them.
     */
    public List<PlacedSection> outsideTheYear() {
        return index.bundle().sections().stream().filter(s -> s.courseActive() && s.startDate() != null && s.endDate() != null
                        && !Span.overlaps(s.startDate(), s.endDate(), options.year().july1(), options.year().june30()))
                .map(this::placeAnyTerm).flatMap(Optional::stream).sorted(SECTION_ORDER).toList();
    }

    private Optional<PlacedSection> place(Section section) {
        if (!section.courseActive() || section.startDate() == null || section.endDate() == null) return Optional.empty();
        if (!Span.overlaps(section.startDate(), section.endDate(), options.year().july1(), options.year().june30())) return Optional.empty();
        if (!Span.overlaps(section.startDate(), section.endDate(), options.start(), options.end())) return Optional.empty();
        return placeAnyTerm(section);
    }

    /** The section at its calendar's school when the calendar is reported and the school is a LEAD school. */
    private Optional<PlacedSection> placeAnyTerm(Section section) {
        Optional<SchoolCalendar> calendar = index.calendar(section.calendarId()).filter(this::reported);
        Optional<School> school = calendar.flatMap(c -> index.school(c.schoolNumber()))
                .filter(s -> reference.leadClassifications().contains(s.stateClassification()));
        if (school.isEmpty()) return Optional.empty();
        LocalDate lastDay = section.endDate().isBefore(options.end()) ? section.endDate() : options.end();
        return Optional.of(new PlacedSection(school.get(), calendar.get(), section, lastDay, primaryTeachers(section, lastDay)));
    }

    private boolean reported(SchoolCalendar calendar) {
        return String.valueOf(options.year().endYear()).equals(calendar.endYear())
                && options.includesCalendar(calendar.calendarId()) && !calendar.summerSchool()
                && Span.overlaps(calendar.startDate(), calendar.endDate(), options.start(), options.end());
    }

    /** The primary teachers on the last day, the latest started first (then by person ID). */
    private List<String> primaryTeachers(Section section, LocalDate lastDay) {
        return index.staffOf(section.sectionId()).stream()
                .filter(s -> s.isPrimary() && Span.activeOn(s.startDate(), s.endDate(), lastDay))
                .sorted(Comparator.comparing(SectionStaff::startDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(SectionStaff::personId, Ids.ORDER))
                .map(SectionStaff::personId).distinct().toList();
    }

    private List<Enrollment> students(PlacedSection placed) {
        LocalDate day = placed.lastDay();
        Map<String, List<Enrollment>> enrolled = index.enrollmentsIn(placed.calendar().calendarId());
        return index.rosterOf(placed.section().sectionId()).stream()
                .filter(r -> Span.activeOn(r.startDate(), r.endDate(), day)).map(Roster::personId).distinct()
                .map(person -> enrolled.getOrDefault(person, List.of()).stream()
                        .filter(e -> !e.noShow() && Span.activeOn(e.startDate(), e.endDate(), day))
                        .min(EnrollmentChoice.MOST_RECENT))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Enrollment::personId, Ids.ORDER)).toList();
    }
}
