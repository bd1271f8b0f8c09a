package org.edhub.parse.kentucky;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/** What can be wrong in a Kentucky SIS bundle (feed {@code ky-sis}) or a KECS export (feed {@code ky-kecs}). */
public enum SisRule implements Rule {
    MISSING_FILE("KY-SIS-MISSING-FILE", Severity.ERROR,
            "Export the missing file from the SIS and drop the whole bundle again (one .zip, or the loose CSVs then _READY)."),
    MISSING_COLUMN("KY-SIS-MISSING-COLUMN", Severity.ERROR,
            "Add the column to the export (header names as in the bundle layout, any order, any case) and drop the bundle again."),
    UNREADABLE("KY-SIS-UNREADABLE", Severity.ERROR,
            "Export the file again as CSV text with a header row, or zip the CSV files again, and drop the bundle again."),
    COLUMN_COUNT("KY-SIS-COLUMNS", Severity.ERROR,
            "Each row needs as many values as the header has columns; export the file again rather than editing it by hand."),
    MISSING_KEY("KY-SIS-KEY", Severity.ERROR,
            "Fill in the identifier in the SIS; the row was left out of every report until then."),
    ID_SPACES("KY-SIS-ID-SPACES", Severity.WARNING,
            "Remove the leading or trailing spaces from the identifier in the SIS: it was used as is and may match nothing."),
    BAD_DATE("KY-SIS-DATE", Severity.ERROR,
            "Write the date as YYYY-MM-DD or MM/DD/YYYY; it was read as blank until then."),
    BAD_FLAG("KY-SIS-FLAG", Severity.ERROR, "Write the flag as Y or N; it was read as N until then."),
    BAD_GRADE("KY-SIS-GRADE", Severity.ERROR,
            "Use a Kentucky grade code: PK, KG, 01 to 12 or 14; it was read as blank until then."),
    BAD_NUMBER("KY-SIS-NUMBER", Severity.ERROR, "Write a whole number (e.g. years of experience as 7); it was read as blank until then."),
    BAD_CODE("KY-SIS-CODE", Severity.ERROR, "Use one of the codes the bundle layout lists; the value was read as blank until then."),
    NO_CATALOG("KY-KECS-NO-CATALOG", Severity.INFO,
            "Drop the KECS course catalog (feed ky-kecs, course_catalog.csv) so that Issues warning 8 can check state course codes.");

    private final String code;
    private final Severity severity;
    private final String fix;

    SisRule(String code, Severity severity, String fix) {
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
