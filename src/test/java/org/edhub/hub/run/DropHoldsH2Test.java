package org.edhub.hub.run;

import org.edhub.hub.data.Database;

class DropHoldsH2Test extends DropHoldsTests {
    @Override
    Database database() {
        return Database.H2;
    }
}
