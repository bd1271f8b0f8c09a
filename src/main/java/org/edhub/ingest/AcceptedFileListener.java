package org.edhub.ingest;

/** Told of every file the hub accepted, e.g. to keep its rows in the database. */
public interface AcceptedFileListener {
    void accepted(LedgerEntry file);
}
