package org.edhub.hub.delivery.mail;

import org.edhub.hub.data.Database;

class MailOutboxPostgresTest extends MailOutboxTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
