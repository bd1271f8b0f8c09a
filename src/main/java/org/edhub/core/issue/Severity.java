package org.edhub.core.issue;

/** How bad a finding is (spec README: Words). */
public enum Severity {
    /** The record or file cannot be used as is. */
    ERROR,
    /** Used, but likely wrong. */
    WARNING,
    /** For information. */
    INFO;

    /** How a coordinator counts them: {@code errors}, {@code warnings}, {@code information issues}. */
    public String plural() {
        return switch (this) {
            case ERROR -> "errors";
            case WARNING -> "warnings";
            case INFO -> "information issues";
        };
    }
}
