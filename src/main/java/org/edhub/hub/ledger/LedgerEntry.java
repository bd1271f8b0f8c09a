package org.edhub.hub.ledger;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file in the ledger.
 *
 * @param receipt which receipt of its bytes the file is: 1 the first time they were taken as new input of the feed and
 *                year, one more each time the district went back to them; null for a file that took none (a duplicate,
 *                a ready marker, a file in a wrong folder)
 */
public record LedgerEntry(long id, String districtId, String feed, String schoolYear, String name, String remotePath,
                          long size, String sha256, Instant receivedAt, FileStatus status,
                          Long runId, Path keptPath, String message, Integer receipt) {

    /** The hub's kept copy of the file, under the name the district gave it: what a program reads. */
    public org.edhub.core.program.InputFile input() {
        return new org.edhub.core.program.InputFile(name, keptPath);
    }

    public enum FileStatus {
        /** Kept by the hub, not yet processed to its end. */
        RECEIVED,
        /** Read and used. */
        ACCEPTED,
        /** Could not be read at all; moved to {@code .rejected/}. */
        REJECTED,
        /** Byte-identical to a file already received; not processed again. */
        DUPLICATE
    }
}
