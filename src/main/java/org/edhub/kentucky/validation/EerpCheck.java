package org.edhub.kentucky.validation;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/**
 * The checks of the EERP EPSB Upload: Validation Report (seed 000), run before the upload file is made; a row with an
 * ERROR is left out of the file.
 */
public enum EerpCheck implements Rule {
    MISSING_EPSB_ID("Missing EPSB ID", error("KY-EERP-NO-EPSB-ID", Fixes.EPSB_TEXT)),
    MALFORMED_EPSB_ID("EPSB ID has spaces or is not all digits", error("KY-EERP-MALFORMED-EPSB-ID", Fixes.EPSB_TEXT)),
    MISSING_JOB_CLASS("Missing job class code", error("KY-EERP-NO-JOB-CLASS",
            "Enter the Munis job class code of the position on the District Assignment record in the SIS.")),
    UNKNOWN_JOB_CLASS("Job class code is not a Munis job class", error("KY-EERP-UNKNOWN-JOB-CLASS",
            "Use a job class code of the Munis Reference Chart (LEAD User Guide) on the District Assignment record in the SIS.")),
    LOCATION_NOT_SCHOOL("Location is not a school of the district", error("KY-EERP-LOCATION",
            "Correct the school of the District Assignment record in the SIS to one of the district's schools.")),
    DUPLICATE("Duplicate row: same EPSB ID, job class code and location", error("KY-EERP-DUPLICATE",
            "End or remove the duplicate District Assignment record in the SIS; the first row was kept in the upload.")),
    JOB_CLASS_0290("JobClassCode 0290 needs a manual clearance", warning("KY-EERP-0290", Fixes.MUNIS_MANUAL_CLEARANCE.text()));

    private final RuleText text;
    private final String label;

    EerpCheck(String label, RuleText text) {
        this.text = text;
        this.label = label;
    }

    @Override
    public RuleText text() {
        return text;
    }

    public String label() {
        return label;
    }
}
