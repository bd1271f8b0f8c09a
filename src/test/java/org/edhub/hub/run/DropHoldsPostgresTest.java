package org.edhub.hub.run;

import org.edhub.hub.data.Database;

class DropHoldsPostgresTest extends DropHoldsTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
