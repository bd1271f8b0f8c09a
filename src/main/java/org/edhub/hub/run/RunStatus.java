package org.edhub.hub.run;

import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;

/**
 * The statuses of a run (hub.md), and {@code WAITING}: the files that came were checked, and the program computes its
 * reports once the inputs it still waits for arrive.
 */
public enum RunStatus {
    RECEIVED, PROCESSING, WAITING, COMPLETED, COMPLETED_WITH_ISSUES, REJECTED, FAILED;

    /** A run that ended normally: with issues when any error or warning was found. */
    public static RunStatus completed(Issues issues) {
        return issues.has(Severity.ERROR) || issues.has(Severity.WARNING) ? COMPLETED_WITH_ISSUES : COMPLETED;
    }
}
