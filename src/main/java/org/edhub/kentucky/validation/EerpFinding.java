package org.edhub.kentucky.validation;

/** A row of the EERP validation report: one check that a would-be upload row fails. */
public record EerpFinding(EerpCheck check, EerpRow row, String message) {

    /** An ERROR leaves the row out of the upload file. */
    public boolean leavesRowOut() {
        return check.severity() == org.edhub.core.issue.Severity.ERROR;
    }
}
