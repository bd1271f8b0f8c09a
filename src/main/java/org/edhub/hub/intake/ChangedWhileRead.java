package org.edhub.hub.intake;

/**
 * A dropped file that changed while the hub read it: the read is discarded and the file stays in the inbox, read
 * again once it has settled. The pickup's route configuration rolls the exchange back without a stack trace.
 */
public class ChangedWhileRead extends RuntimeException {
    public ChangedWhileRead(String message) {
        super(message);
    }
}
