package org.edhub.hub.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

class MigrationH2Test extends MigrationTests {
    @Override
    Database database() {
        return Database.H2;
    }

    /**
     * The checksums installed hubs recorded for the migrations of before: a changed file fails their start-up
     * ("Migration checksum mismatch"), so these files stay as they are and new migrations change the schema.
     */
    @Test
    void theMigrationsInstalledHubsAppliedKeepTheirChecksums() {
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (MigrationInfo m : database().flyway(ds, dataDir).load().info().all()) {
            if (m.getChecksum() != null) checksums.put(m.getVersion() + " " + m.getScript(), m.getChecksum());
        }
        assertThat(checksums).containsAllEntriesOf(Map.of(
                "1 V1__ledger_runs_mail.sql", -2020535526,
                "2 V2__no_certificate_rows.sql", -2129164318,
                "3 V3__deadline_reminders.sql", 157254482,
                "4 V4__mail_attempts.sql", 110052932));
        assertThat(List.copyOf(checksums.keySet())).startsWith("1 V1__ledger_runs_mail.sql", "2 V2__no_certificate_rows.sql",
                "3 V3__deadline_reminders.sql", "4 V4__mail_attempts.sql");
    }
}
