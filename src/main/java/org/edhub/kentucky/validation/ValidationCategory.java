package org.edhub.kentucky.validation;

import org.edhub.core.issue.Severity;

/** The categories of the LEAD dashboards' pie charts (seed 000), and the Case Load limit warning. */
public enum ValidationCategory {
    CLEAR("Clear", null),
    ERROR("Error", Severity.ERROR),
    OUT_OF_FIELD("Out of Field", Severity.WARNING),
    /** Case Load only: the caseload exceeds the configured limit. */
    WARNING("Warning", Severity.WARNING);

    private final String label;
    private final Severity severity;

    ValidationCategory(String label, Severity severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    /** The severity of the run issue a result of this category raises; null for Clear, which raises none. */
    public Severity severity() {
        return severity;
    }
}
