package org.edhub.hub.operations;

import org.edhub.hub.data.Database;

class OperatorAlertsPostgresTest extends OperatorAlertsTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
