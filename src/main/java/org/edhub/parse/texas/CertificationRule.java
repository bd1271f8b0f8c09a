package org.edhub.parse.texas;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/** What can be wrong in an SBEC/ECOS staff certification file (seed 004's layout). */
public enum CertificationRule implements Rule {
    COLUMN_COUNT("TX-CERT-COLUMNS", Severity.ERROR,
            "Each row needs exactly seven values in the seed's order: SSN or TX Unique ID, Cert Typ Code, Effective Date, "
                    + "Expire Date, Grade Level, Cert Lvl Code, Field Code. Download the file from ECOS again rather than editing it."),
    STAFF_ID("TX-CERT-STAFF-ID", Severity.ERROR,
            "Use the 9-digit SSN or the 10-digit TX Unique Staff ID, digits only, with no spaces."),
    CERT_TYPE("TX-CERT-TYPE", Severity.ERROR, "Fill in the Cert Typ Code (e.g. STD, PRO, INT) from ECOS."),
    EFFECTIVE_DATE("TX-CERT-EFFECTIVE", Severity.ERROR, "Write the Effective Date as M/D/YYYY, e.g. 5/16/1976."),
    EXPIRE_DATE("TX-CERT-EXPIRE", Severity.ERROR, "Write the Expire Date as M/D/YYYY, e.g. 1/31/2019, or Life."),
    EXPIRES_BEFORE_EFFECTIVE("TX-CERT-DATES-ORDER", Severity.WARNING,
            "Check the certificate in ECOS: its Expire Date is before its Effective Date."),
    HEADER_ROW("TX-CERT-HEADER", Severity.WARNING,
            "The ECOS file has no header row (seed 004); the first row was skipped. Remove it before the next drop."),
    NO_CERTIFICATE_ROW("TX-CERT-UNREADABLE", Severity.ERROR,
            "Drop the staff certification CSV downloaded from ECOS Entities: headerless, seven columns per row.");

    private final String code;
    private final Severity severity;
    private final String fix;

    CertificationRule(String code, Severity severity, String fix) {
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
