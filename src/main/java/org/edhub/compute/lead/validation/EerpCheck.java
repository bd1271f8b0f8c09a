package org.edhub.compute.lead.validation;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/**
 * The checks of the EERP EPSB Upload: Validation Report (seed 000), run before the upload file is made; a row with an
 * ERROR is left out of the file.
 */
public enum EerpCheck implements Rule {
    MISSING_EPSB_ID("KY-EERP-NO-EPSB-ID", Severity.ERROR, "Missing EPSB ID", Fixes.EPSB_TEXT),
    MALFORMED_EPSB_ID("KY-EERP-MALFORMED-EPSB-ID", Severity.ERROR, "EPSB ID has spaces or is not all digits", Fixes.EPSB_TEXT),
    MISSING_JOB_CLASS("KY-EERP-NO-JOB-CLASS", Severity.ERROR, "Missing job class code",
            "Enter the Munis job class code of the position on the District Assignment record in the SIS."),
    UNKNOWN_JOB_CLASS("KY-EERP-UNKNOWN-JOB-CLASS", Severity.ERROR, "Job class code is not a Munis job class",
            "Use a job class code of the Munis Reference Chart (LEAD User Guide) on the District Assignment record in the SIS."),
    LOCATION_NOT_SCHOOL("KY-EERP-LOCATION", Severity.ERROR, "Location is not a school of the district",
            "Correct the school of the District Assignment record in the SIS to one of the district's schools."),
    DUPLICATE("KY-EERP-DUPLICATE", Severity.ERROR, "Duplicate row: same EPSB ID, job class code and location",
            "End or remove the duplicate District Assignment record in the SIS; the first row was kept in the upload."),
    JOB_CLASS_0290("KY-EERP-0290", Severity.WARNING, "JobClassCode 0290 needs a manual clearance",
            Fixes.MUNIS_MANUAL_CLEARANCE.text());

    private final String code;
    private final Severity severity;
    private final String label;
    private final String fix;

    EerpCheck(String code, Severity severity, String label, String fix) {
        this.code = code;
        this.severity = severity;
        this.label = label;
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

    public String label() {
        return label;
    }
}
