package org.edhub.hub.run;

import java.time.Duration;

import org.edhub.hub.district.District;

/** What the hub's operator learns of runs (hub.operations implements it, so runs do not import it): how long each took. */
public interface RunMonitor {
    /** A run of a state program ended with {@code status} after {@code took}. */
    void ended(District district, String program, RunStatus status, Duration took);
}
