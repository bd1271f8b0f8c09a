package org.edhub.parse.texas;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/** What can be wrong in a PEIMS Fall TSDS XML interchange as the PR1500 reads it. */
public enum TsdsRule implements Rule {
    NOT_WELL_FORMED("TX-PR1500-XML-NOT-WELL-FORMED", Severity.ERROR,
            "Export the interchange again from the student or business information system and drop the new file; "
                    + "do not edit the XML by hand."),
    WRONG_NAMESPACE("TX-PR1500-XML-NAMESPACE", Severity.ERROR,
            "Drop the PEIMS Fall TSDS interchange itself (namespace http://www.tea.state.tx.us/tsds), as it is "
                    + "submitted to TSDS, not a conversion of it."),
    DOCTYPE("TX-PR1500-XML-DOCTYPE", Severity.ERROR,
            "TSDS interchanges carry no DOCTYPE: export the file again from the source system without one."),
    MISSING_FIELD("TX-PR1500-XML-MISSING", Severity.ERROR,
            "Complete the record in the source system (staff ID, campus ID, grade level) and export the interchange again."),
    BAD_NUMBER("TX-PR1500-XML-NUMBER", Severity.WARNING,
            "Report the value as a whole number (years of experience, number of students in class) and export again.");

    private final String code;
    private final Severity severity;
    private final String fix;

    TsdsRule(String code, Severity severity, String fix) {
        this.code = code;
        this.severity = severity;
        this.fix = fix;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String fix() {
        return fix;
    }
}
