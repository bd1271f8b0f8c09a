package org.edhub.hub.run;

/** Hands a finished run to its district: reports to the outbound folder, upload files to the state, one e-mail. */
public interface RunDelivery {
    void deliver(RunResult result);
}
