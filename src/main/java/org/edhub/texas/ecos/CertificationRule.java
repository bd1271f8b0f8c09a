package org.edhub.texas.ecos;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What can be wrong in an SBEC/ECOS staff certification file (seed 004's layout). */
public enum CertificationRule implements Rule {
    COLUMN_COUNT(error("TX-CERT-COLUMNS", "Row does not have the seven ECOS columns",
            "Each row needs exactly seven values in the seed's order: SSN or TX Unique ID, Cert Typ Code, Effective Date, "
                    + "Expire Date, Grade Level, Cert Lvl Code, Field Code. Download the file from ECOS again rather than editing it.")),
    STAFF_ID(error("TX-CERT-STAFF-ID", "Invalid SSN or TX Unique Staff ID",
            "Use the 9-digit SSN or the 10-digit TX Unique Staff ID, digits only, with no spaces.")),
    SSN_LEADING_ZERO(warning("TX-CERT-SSN-8-DIGITS", "SSN has lost its leading zero",
            "Keep the SSN column as text when the file passes through a spreadsheet: an 8-digit SSN was read with its "
                    + "leading zero restored.")),
    CERT_TYPE(error("TX-CERT-TYPE", "Missing Cert Typ Code",
            "Fill in the Cert Typ Code (e.g. STD, PRO, INT) from ECOS.")),
    EFFECTIVE_DATE(error("TX-CERT-EFFECTIVE", "Invalid Effective Date",
            "Write the Effective Date as M/D/YYYY, e.g. 5/16/1976.")),
    EXPIRE_DATE(error("TX-CERT-EXPIRE", "Invalid Expire Date",
            "Write the Expire Date as M/D/YYYY, e.g. 1/31/2019, or Life.")),
    EXPIRES_BEFORE_EFFECTIVE(warning("TX-CERT-DATES-ORDER", "Expire Date before Effective Date",
            "Check the certificate in ECOS: its Expire Date is before its Effective Date.")),
    HEADER_ROW(warning("TX-CERT-HEADER", "Header row in the headerless ECOS file",
            "The ECOS file has no header row (seed 004); the first row was skipped. Remove it before the next drop.")),
    HEADER_COLUMNS(error("TX-CERT-HEADER-COLUMNS", "ECOS columns missing from the header row",
            "Download the file from ECOS again with its identifier column (SSN or TX Unique Staff ID) and the Cert Typ "
                    + "Code, Cert Effective Date, Cert Expire Date, Grade Level, Cert Lvl Code and Field Code columns; "
                    + "the names accepted are listed in mappings/README.md. The file is not used until then.")),
    NO_CERTIFICATE_ROW(error("TX-CERT-UNREADABLE", "No certification record could be read",
            "Drop the staff certification CSV downloaded from ECOS Entities: headerless, seven columns per row.")),
    MOSTLY_BAD(error("TX-CERT-MOSTLY-UNREADABLE", "Most certification rows cannot be read",
            "Most rows of the file cannot be read, so it is not used and the year's previous certification file stays "
                    + "current: download the file from ECOS again (seven columns per row, or today's headered layout) and drop it."));

    private final RuleText text;

    CertificationRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
