package org.edhub.hub.run;

import java.time.Duration;

import org.edhub.hub.district.District;

/**
 * What the hub's operator learns of runs (hub.operations implements it, so runs do not import it): how long each run
 * of a state program took, and the runs that stopped on an internal error.
 */
public interface RunMonitor {
    /** A run of a state program ended with {@code status} after {@code took}. */
    void ended(District district, String program, RunStatus status, Duration took);

    /**
     * A run stopped on an internal error ({@code trigger} the file it was run for); whether the operator has been
     * alerted of it. Never throws: a failure to alert is only logged.
     */
    boolean failed(District district, long runId, String trigger, RuntimeException error);
}
