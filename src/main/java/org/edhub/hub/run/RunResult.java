package org.edhub.hub.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.hub.district.District;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.core.issue.Issues;

/**
 * What a finished run hands to delivery: the run, the files it read, its outputs (issue report included), issues, and
 * the program's summary that opens the mail (empty for none, and for a rejected or failed run).
 */
public record RunResult(District district, RunRecord run, String programTitle, List<LedgerEntry> inputs,
                        Map<String, Path> outputs, Issues issues, String summary) {

    /** The inputs a {@link RunStatus#WAITING} run waits for; empty for any other. */
    public List<String> waitingFor() {
        return WaitingFor.inputs(issues.all());
    }
}
