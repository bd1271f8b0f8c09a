package org.edhub.texas.tsds;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What can be wrong in a PEIMS Fall TSDS XML interchange as the PR1500 reads it. */
public enum TsdsRule implements Rule {
    NOT_WELL_FORMED(error("TX-PR1500-XML-NOT-WELL-FORMED", "Interchange is not well-formed XML",
            "Export the interchange again from the student or business information system and drop the new file; "
                    + "do not edit the XML by hand.")),
    WRONG_NAMESPACE(error("TX-PR1500-XML-NAMESPACE", "Not a TSDS interchange",
            "Drop the PEIMS Fall TSDS interchange itself (namespace http://www.tea.state.tx.us/tsds), as it is "
                    + "submitted to TSDS, not a conversion of it.")),
    DOCTYPE(error("TX-PR1500-XML-DOCTYPE", "Interchange carries a DOCTYPE",
            "TSDS interchanges carry no DOCTYPE: export the file again from the source system without one.")),
    MISSING_FIELD(error("TX-PR1500-XML-MISSING", "Required element missing from a record",
            "Complete the record in the source system (staff ID, campus ID, grade level) and export the interchange again.")),
    BAD_NUMBER(warning("TX-PR1500-XML-NUMBER", "Value is not a whole number",
            "Report the value as a whole number (years of experience, number of students in class) and export again."));

    private final RuleText text;

    TsdsRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
