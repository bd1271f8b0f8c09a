package org.edhub.hub.run;

import org.edhub.hub.data.Database;

class RunStorePostgresTest extends RunStoreTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
