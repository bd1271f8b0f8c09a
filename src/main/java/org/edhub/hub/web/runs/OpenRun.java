package org.edhub.hub.web.runs;

import org.edhub.hub.district.District;
import org.edhub.hub.run.RunRecord;

/** A run the signed-in user may see, with its district. */
public record OpenRun(RunRecord run, District district) {

    public long id() {
        return run.id();
    }
}
