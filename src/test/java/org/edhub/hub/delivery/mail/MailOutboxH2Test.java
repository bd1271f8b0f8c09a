package org.edhub.hub.delivery.mail;

import org.edhub.hub.data.Database;

class MailOutboxH2Test extends MailOutboxTests {
    @Override
    Database database() {
        return Database.H2;
    }
}
