package org.edhub.hub.web.runs;

import java.util.Optional;

import org.edhub.hub.district.District;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.program.Programs;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunService;
import org.edhub.hub.run.RunStatus;
import org.edhub.hub.web.security.DistrictAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs a finished run's program again over the kept inputs up to its trigger file. The replay is a new run, with
 * its own record, outputs, delivery and e-mail; the earlier run is left as it was.
 */
@Service
public class Replay {
    private final RunService runService;
    private final FileLedger ledger;
    private final DistrictAccess access;
    private final Programs programs;

    public Replay(RunService runService, FileLedger ledger, DistrictAccess access, Programs programs) {
        this.runService = runService;
        this.ledger = ledger;
        this.access = access;
        this.programs = programs;
    }

    /** The program a replay would run: none for a notice about a file, or for a run not yet finished. */
    public Optional<StateProgram> program(RunRecord run) {
        if (run.triggerFileId() == null || run.status() == RunStatus.PROCESSING || run.status() == RunStatus.RECEIVED) {
            return Optional.empty();
        }
        return programs.named(run.program());
    }

    /** Replays the run and returns the new run's id. */
    public long replay(RunRecord run) {
        District district = access.require(run.districtId());
        StateProgram program = program(run).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.CONFLICT, "Run " + run.id() + " cannot be replayed"));
        return runService.run(district, program, ledger.get(run.triggerFileId())).run().id();
    }
}
