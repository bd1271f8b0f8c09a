package org.edhub.hub.operations;

import org.edhub.hub.data.Database;

class OperatorAlertsH2Test extends OperatorAlertsTests {
    @Override
    Database database() {
        return Database.H2;
    }
}
