package org.edhub.hub.run;

import org.edhub.hub.data.Database;

class RunStoreH2Test extends RunStoreTests {
    @Override
    Database database() {
        return Database.H2;
    }
}
