package org.edhub.core.page;

import java.nio.file.Path;

/**
 * The runs a state program's pages may show, as the hub opens them for the signed-in user. Implementations refuse
 * with an exception the web layer turns into 404 (no such run or output) or 403 (another district's run), so a page
 * never checks access itself.
 */
public interface RunOutputs {

    /** The run, when the signed-in user may see it. */
    ShownRun open(long runId);

    /** An output of a run the signed-in user may see, present on disk. */
    Path output(long runId, String name);

    /**
     * The keys ({@link org.edhub.core.issue.FindingKey}) of the run's findings that the previous run of its program
     * did not have; empty for a first run.
     */
    default java.util.Set<String> newFindings(long runId) {
        return java.util.Set.of();
    }
}
