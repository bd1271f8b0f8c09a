package org.edhub.hub.run;

import java.nio.file.Path;
import java.time.Instant;

/** One run as the ledger keeps it. */
public record RunRecord(long id, String districtId, String program, String schoolYear, RunStatus status,
                        Long triggerFileId, Instant startedAt, Instant finishedAt, int errors, int warnings, int infos,
                        String summary, Path outputDir) {
}
