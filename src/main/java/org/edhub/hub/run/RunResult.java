package org.edhub.hub.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edhub.hub.district.District;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.Programs;
import org.edhub.core.program.StateProgram;

/** What a finished run hands to delivery: the run, the files it read, its outputs (issue report included) and issues. */
public record RunResult(District district, RunRecord run, String programTitle, List<LedgerEntry> inputs,
                        Map<String, Path> outputs, Issues issues) {

    /** The state program that ran; empty for a hub notice. */
    public Optional<StateProgram> program() {
        return Programs.named(run.program());
    }
}
