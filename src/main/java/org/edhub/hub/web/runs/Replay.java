package org.edhub.hub.web.runs;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.edhub.hub.district.District;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.hub.program.Programs;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunService;
import org.edhub.hub.run.RunStatus;
import org.edhub.hub.web.security.DistrictAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs a finished run's program again over the kept inputs up to its trigger file. The replay is a new run, with
 * its own record, outputs, delivery and e-mail; the earlier run is left as it was. The new run is recorded at once and
 * carried out in the background (two at a time), so the page shows it while it runs; a stop in the middle leaves it
 * FAILED at the next start, as any interrupted run.
 */
@Service
public class Replay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "edhub-replay");
        t.setDaemon(true);
        return t;
    });
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

    /** Starts a replay of the run in the background and returns the new run's id at once. */
    public long replay(RunRecord run) {
        District district = access.require(run.districtId());
        StateProgram program = program(run).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.CONFLICT, "Run " + run.id() + " cannot be replayed"));
        LedgerEntry trigger = ledger.get(run.triggerFileId());
        long replay = runService.begin(district, program, trigger);
        background.submit(() -> {
            try {
                runService.carryOut(replay, district, program, trigger);
            } catch (RuntimeException e) {
                LOG.error("Replay {} of run {} failed", replay, run.id(), e);
            }
        });
        return replay;
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
