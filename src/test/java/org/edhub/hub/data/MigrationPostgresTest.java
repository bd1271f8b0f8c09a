package org.edhub.hub.data;

class MigrationPostgresTest extends MigrationTests {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
