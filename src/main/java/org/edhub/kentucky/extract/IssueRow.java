package org.edhub.kentucky.extract;

import java.util.Comparator;

/** A row of the ISSUES report (R10); the person is the primary teacher, the student or the case manager. */
public record IssueRow(LeadWarning warning, String schoolNumber, String schoolName, String personId, String firstName,
                       String lastName, String sectionId, String courseNumber, String courseName, String detail) {

    /** Warning, School Name, Last Name, First Name; then Section ID and Person ID so that the order is stable. */
    public static final Comparator<IssueRow> ORDER = Comparator.comparingInt((IssueRow r) -> r.warning().number())
            .thenComparing(IssueRow::schoolName, Ids.ORDER).thenComparing(IssueRow::lastName, Ids.ORDER)
            .thenComparing(IssueRow::firstName, Ids.ORDER).thenComparing(IssueRow::sectionId, Ids.ORDER)
            .thenComparing(IssueRow::personId, Ids.ORDER);
}
