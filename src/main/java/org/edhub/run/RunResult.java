package org.edhub.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.district.District;
import org.edhub.ingest.LedgerEntry;
import org.edhub.issue.Issues;

/** What a finished run hands to delivery: the run, the files it read, its outputs (issue report included) and issues. */
public record RunResult(District district, RunRecord run, String programTitle, List<LedgerEntry> inputs,
                        Map<String, Path> outputs, Issues issues) {
}
