package org.edhub.hub.intake;

import org.edhub.hub.ledger.LedgerEntry;

/** Told of every file the hub accepted, e.g. to keep its rows in the database. */
public interface AcceptedFileListener {
    void accepted(LedgerEntry file);
}
