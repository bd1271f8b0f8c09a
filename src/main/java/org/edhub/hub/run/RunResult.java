package org.edhub.hub.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.hub.district.District;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.SinceLastRun;

/**
 * What a finished run hands to delivery: the run, the files it read, its outputs (issue report included), issues, and
 * the program's summary that opens the mail (empty for none, and for a rejected or failed run), and what changed since
 * the previous run of its program (null for a first run or a run that computed no reports).
 */
public record RunResult(District district, RunRecord run, String programTitle, List<LedgerEntry> inputs,
                        Map<String, Path> outputs, Issues issues, String summary, SinceLastRun since) {

    /** The inputs a {@link RunStatus#WAITING} run waits for; empty for any other. */
    public List<String> waitingFor() {
        return WaitingFor.inputs(issues.all());
    }
}
