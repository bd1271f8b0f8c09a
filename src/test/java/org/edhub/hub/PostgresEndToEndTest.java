package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.edhub.TestFiles;
import org.edhub.hub.data.Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The hub with the {@code postgres} profile on a real PostgreSQL server: the schema migrated by Flyway's PostgreSQL
 * module from the common and PostgreSQL migrations, the Texas sample run through the ledger, runs and outbox, a
 * second drop of the same bytes a duplicate, and a restart on the same database.
 */
class PostgresEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");

    @Test
    void theTexasSampleRunsOnPostgresql() throws Exception {
        DriverManagerDataSource db = Database.POSTGRESQL.empty();
        hub = new HubUnderTest(data).with("spring.profiles.active", "postgres").with("spring.datasource.url", db.getUrl())
                .with("spring.datasource.username", db.getUsername()).with("spring.datasource.password", db.getPassword())
                .startHub();
        assertThat(hub.db().queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsExactly("1", "2", "3", "4", "5", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
        assertThat(hub.db().queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        Path certifications = TestFiles.list(SAMPLE.resolve("tx-certifications")).get(0);
        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + certifications.getFileName(), Files.readAllBytes(certifications));
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        Path outbound = hub.home(DISTRICT_A).resolve("outbound/2018-2019");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(outbound.resolve("PR1500_Part2.xlsx")));
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status = 'COMPLETED_WITH_ISSUES'", Integer.class) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.mail.getReceivedMessages().length >= 1);

        assertThat(hub.db().queryForList("select status from district_file order by id", String.class))
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED");
        assertThat(hub.db().queryForList("select kept_path from district_file order by id", String.class))
                .allMatch(p -> p.startsWith("inputs/" + DISTRICT_A + "/"));
        assertThat(hub.db().queryForList("select path from run_output o join run r on r.id = o.run_id "
                + "where r.program = 'tx-pr1500'", String.class)).isNotEmpty().allMatch(p -> p.startsWith("runs/"));

        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/again.csv", Files.readAllBytes(certifications));
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForList(
                "select status from district_file where name = 'again.csv'", String.class).equals(List.of("DUPLICATE")));
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.db().queryForObject(
                "select count(*) from mail_outbox where status = 'SENT'", Integer.class) == 2);

        hub.stopHub();
        hub.startHub();
        assertThat(hub.db().queryForObject("select count(*) from run where status = 'FAILED'", Integer.class)).isZero();
        assertThat(hub.db().queryForObject("select count(*) from district_file", Integer.class)).isEqualTo(4);
    }
}
