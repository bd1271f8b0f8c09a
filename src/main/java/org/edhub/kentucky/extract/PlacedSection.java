package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.util.List;

import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SchoolCalendar;
import org.edhub.kentucky.bundle.Section;

/**
 * A section that passed the DETAIL filters, with its school and calendar, its effective last day and the primary
 * teachers on that day (the one reported first).
 */
public record PlacedSection(School school, SchoolCalendar calendar, Section section, LocalDate lastDay,
                            List<String> primaryTeachers) {

    /** The primary teacher reported for the section, or null when it has none on its last day. */
    public String primaryTeacher() {
        return primaryTeachers.isEmpty() ? null : primaryTeachers.get(0);
    }
}
