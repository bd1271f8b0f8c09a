package org.edhub.hub.web.runs;

import java.time.Instant;

/** One input file of a run as the ledger recorded it. */
public record InputView(long id, String feed, String name, long size, String sha256, Instant receivedAt, String status) {
}
