package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SchoolCalendar;
import org.edhub.kentucky.bundle.Section;

/**
 * A section that passed the DETAIL filters, with its school and calendar, its effective last day and the primary
 * teachers on that day (the one reported first).
 */
public record PlacedSection(School school, SchoolCalendar calendar, Section section, LocalDate lastDay,
                            List<String> primaryTeachers) {

    /**
     * A section is the key the students of CLASSES and the Courses validation are grouped by: its hash is that of its
     * section and calendar IDs (equal placed sections have equal IDs), not of its school, calendar, section and
     * teachers whole.
     */
    @Override
    public int hashCode() {
        return 31 * (section == null ? 0 : Objects.hashCode(section.sectionId()))
                + (calendar == null ? 0 : Objects.hashCode(calendar.calendarId()));
    }

    /** The primary teacher reported for the section, or null when it has none on its last day. */
    public String primaryTeacher() {
        return primaryTeachers.isEmpty() ? null : primaryTeachers.get(0);
    }
}
