package org.edhub.kentucky.bundle;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.info;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What can be wrong in a Kentucky SIS bundle (feed {@code ky-sis}) or a KECS export (feed {@code ky-kecs}). */
public enum SisRule implements Rule {
    MISSING_FILE(error("KY-SIS-MISSING-FILE", "File missing from the bundle",
            "Export the missing file from the SIS and drop the whole bundle again (one .zip, or the loose CSVs then _READY).")),
    MISSING_COLUMN(error("KY-SIS-MISSING-COLUMN", "Column missing from the export",
            "Add the column to the export (header names as in the bundle layout, any order, any case) and drop the bundle again.")),
    UNREADABLE(error("KY-SIS-UNREADABLE", "File cannot be read",
            "Export the file again as CSV text with a header row, or zip the CSV files again, and drop the bundle again.")),
    COLUMN_COUNT(error("KY-SIS-COLUMNS", "Row has the wrong number of values",
            "Each row needs as many values as the header has columns; export the file again rather than editing it by hand.")),
    MISSING_KEY(error("KY-SIS-KEY", "Identifier missing",
            "Fill in the identifier in the SIS; the row was left out of every report until then.")),
    ID_SPACES(warning("KY-SIS-ID-SPACES", "Identifier has leading or trailing spaces",
            "Remove the leading or trailing spaces from the identifier in the SIS: it was used as is and may match nothing.")),
    BAD_DATE(error("KY-SIS-DATE", "Invalid date",
            "Write the date as YYYY-MM-DD or MM/DD/YYYY; it was read as blank until then.")),
    BAD_FLAG(error("KY-SIS-FLAG", "Invalid Y/N flag", "Write the flag as Y or N; it was read as N until then.")),
    BAD_GRADE(error("KY-SIS-GRADE", "Invalid grade code",
            "Use a Kentucky grade code: PK, KG, 01 to 12 or 14; it was read as blank until then.")),
    BAD_NUMBER(error("KY-SIS-NUMBER", "Invalid whole number",
            "Write a whole number (e.g. years of experience as 7); it was read as blank until then.")),
    BAD_CODE(error("KY-SIS-CODE", "Invalid code",
            "Use one of the codes the bundle layout lists; the value was read as blank until then.")),
    NO_CATALOG(info("KY-KECS-NO-CATALOG", "No KECS course catalog",
            "Drop the KECS course catalog (feed ky-kecs, course_catalog.csv) so that Issues warning 8 can check state course codes."));

    private final RuleText text;

    SisRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
