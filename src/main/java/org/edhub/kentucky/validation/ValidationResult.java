package org.edhub.kentucky.validation;

/**
 * The outcome of one validation: the decision-table row that decided, its category and result text as KECS shows
 * them, the fix (null for Clear) and a detail.
 */
public record ValidationResult(int rule, ValidationCategory category, String result, Fix fix, String detail) {

    public String fixText() {
        return fix == null ? null : fix.fix();
    }

    public String code() {
        return fix == null ? null : fix.code();
    }
}
