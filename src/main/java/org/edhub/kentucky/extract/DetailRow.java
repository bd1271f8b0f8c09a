package org.edhub.kentucky.extract;

import org.edhub.kentucky.bundle.Enrollment;

/** A row of the DETAIL report: a section and one of its students, or the section alone (student null). */
public record DetailRow(PlacedSection placed, Enrollment student) {

    public boolean hasStudent() {
        return student != null;
    }

    /** The student was enrolled up to the calendar's last instruction day (end date blank or that day). */
    public boolean endsOnLastInstructionDay() {
        return student.endDate() == null || student.endDate().equals(placed.calendar().endDate());
    }
}
