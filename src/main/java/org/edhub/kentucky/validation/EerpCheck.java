package org.edhub.kentucky.validation;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/**
 * The checks of the EERP EPSB Upload: Validation Report (seed 000), run before the upload file is made, titled as the
 * report names them; a row with an ERROR is left out of the file.
 */
public enum EerpCheck implements Rule {
    MISSING_EPSB_ID(error("KY-EERP-NO-EPSB-ID", "Missing EPSB ID", Fixes.EPSB_TEXT)),
    MALFORMED_EPSB_ID(error("KY-EERP-MALFORMED-EPSB-ID", "EPSB ID has spaces or is not all digits", Fixes.EPSB_TEXT)),
    MISSING_JOB_CLASS(error("KY-EERP-NO-JOB-CLASS", "Missing job class code",
            "Enter the Munis job class code of the position on the District Assignment record in the SIS.")),
    UNKNOWN_JOB_CLASS(error("KY-EERP-UNKNOWN-JOB-CLASS", "Job class code is not a Munis job class",
            "Use a job class code of the Munis Reference Chart (LEAD User Guide) on the District Assignment record in the SIS.")),
    LOCATION_NOT_SCHOOL(error("KY-EERP-LOCATION", "Location is not a school of the district",
            "Correct the school of the District Assignment record in the SIS to one of the district's schools.")),
    DUPLICATE(error("KY-EERP-DUPLICATE", "Duplicate row: same EPSB ID, job class code and location",
            "End or remove the duplicate District Assignment record in the SIS; the first row was kept in the upload.")),
    JOB_CLASS_0290(warning("KY-EERP-0290", "JobClassCode 0290 needs a manual clearance", Fixes.MUNIS_MANUAL_CLEARANCE.fix()));

    private final RuleText text;

    EerpCheck(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
