package org.edhub.hub.ledger;

import org.edhub.hub.data.Database;

class FileLedgerH2Test extends FileLedgerTests {
    @Override
    Database database() {
        return Database.H2;
    }
}
