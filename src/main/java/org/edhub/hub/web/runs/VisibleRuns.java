package org.edhub.hub.web.runs;

import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunStore;
import org.edhub.hub.web.security.DistrictAccess;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Opens a run for the signed-in user: 404 when there is no such run, 403 when it is another district's. */
@Service
public class VisibleRuns {
    private final RunStore runs;
    private final RunQueries queries;
    private final DistrictAccess access;

    public VisibleRuns(RunStore runs, RunQueries queries, DistrictAccess access) {
        this.runs = runs;
        this.queries = queries;
        this.access = access;
    }

    public OpenRun open(long runId) {
        RunRecord run;
        try {
            run = runs.get(runId);
        } catch (EmptyResultDataAccessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No run " + runId);
        }
        return new OpenRun(run, access.require(run.districtId()));
    }

    /** An output of a run the user may see, present on disk. */
    public OutputView output(long runId, String name) {
        open(runId);
        return queries.output(runId, name)
                .filter(o -> o.path().toFile().isFile())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Run " + runId + " has no output " + name));
    }
}
