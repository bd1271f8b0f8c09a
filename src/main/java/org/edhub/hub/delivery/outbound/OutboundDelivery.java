package org.edhub.hub.delivery.outbound;

import java.time.Instant;

/**
 * A run's files for one SFTP folder, as the {@code outbound_delivery} table keeps them.
 *
 * @param destination {@code DISTRICT} (its outbound folder) or {@code STATE} (the state's destination)
 * @param status      {@code PENDING} (being put in, or waiting for its next attempt), {@code DELIVERED}, {@code FAILED}
 *                    (given up after the last attempt) or {@code REPLACED} (a later run's files went in instead)
 */
public record OutboundDelivery(long id, long runId, String districtId, String destination, String folder, String status,
                               int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt) {
    public static final String DISTRICT = "DISTRICT";
    public static final String STATE = "STATE";

    public boolean delivered() {
        return "DELIVERED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public boolean replaced() {
        return "REPLACED".equals(status);
    }

    /** Waiting for another attempt after a failed one. */
    public boolean retrying() {
        return "PENDING".equals(status) && attempts > 0;
    }
}
