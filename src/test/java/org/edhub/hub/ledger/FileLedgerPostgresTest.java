package org.edhub.hub.ledger;

import org.edhub.hub.data.Database;

class FileLedgerPostgresTest extends FileLedgerTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
