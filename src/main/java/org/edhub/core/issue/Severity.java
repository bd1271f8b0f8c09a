package org.edhub.core.issue;

/** How bad a finding is (spec README: Words). */
public enum Severity {
    /** The record or file cannot be used as is. */
    ERROR,
    /** Used, but likely wrong. */
    WARNING,
    /** For information. */
    INFO
}
