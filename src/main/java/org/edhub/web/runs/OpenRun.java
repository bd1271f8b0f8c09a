package org.edhub.web.runs;

import org.edhub.district.District;
import org.edhub.run.RunRecord;

/** A run the signed-in user may see, with its district. */
public record OpenRun(RunRecord run, District district) {

    public long id() {
        return run.id();
    }
}
