package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two states a stop can leave a file in, recreated in the ledger before the file is picked up again: stopped
 * while reading it (its row still RECEIVED), and stopped after reading it but before moving it (its row finished,
 * the file still in the inbox). Neither is processed twice, neither is lost. And what a stop leaves on disk (a run's
 * temporary folder with the count's spill files, a download in the pickup's local work folder, a partial copy of the
 * input store) is deleted when the hub starts again, or by another instance once the stopped one's heartbeat is stale.
 */
class CrashRecoveryEndToEndTest extends HubTest {
    static final String FOLDER = "inbound/tx-certifications/2018-2019/";
    static final byte[] ECOS = CertificationFeedEndToEndTest.ECOS.getBytes(StandardCharsets.UTF_8);
    static final String OPERATOR = "operator@edhub.example";

    @Test
    void aFileWhoseReadingWasInterruptedIsReadOnceMore() throws Exception {
        long interrupted = stoppedWith("RECEIVED", Instant.now());
        hub.upload(DISTRICT_A, FOLDER + "ecos.csv", ECOS);
        hub.startHub();

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACCEPTED".equals(status(interrupted)));
        assertThat(hub.db().queryForList("select id from district_file", Long.class)).containsExactly(interrupted);
        assertThat(hub.db().queryForObject("select count(*) from run where program = 'tx-pr1500'", Integer.class)).isEqualTo(1);
        await().until(() -> archived().size() == 1);
        await().until(() -> hub.mail.getReceivedMessages().length == 1);
    }

    @Test
    void aFileReadButNotMovedBeforeAStopIsOnlyMoved() throws Exception {
        long finished = stoppedWith("ACCEPTED", Instant.now().plusSeconds(60));
        hub.upload(DISTRICT_A, FOLDER + "ecos.csv", ECOS);
        hub.startHub();

        await().atMost(Duration.ofSeconds(30)).until(() -> archived().size() == 1);
        Thread.sleep(1500);
        assertThat(hub.db().queryForList("select id from district_file", Long.class)).containsExactly(finished);
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).isZero();
        assertThat(hub.mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void whatAStopLeftOnDiskIsDeletedWhenTheHubStartsAgain() throws Exception {
        hub = new HubUnderTest(data).with("edhub.instance.name", "a").startHub();
        hub.stopHub();
        Scratch left = Scratch.of(data, "a");
        Path notARun = Files.writeString(data.resolve("tmp/notes.txt"), "an operator's");

        hub.startHub();
        left.assertDeleted();
        assertThat(notARun).exists();
    }

    /**
     * An instance that stopped and does not come back (its heartbeat stale): another instance fails its run in
     * progress as interrupted, deletes its scratch files and alerts the operator once; a live instance's run and
     * scratch files stay.
     */
    @Test
    void whatAStoppedInstanceLeftIsPutRightByAnotherOnceItsHeartbeatIsStale() throws Exception {
        hub = new HubUnderTest(data).with("edhub.instance.name", "a").with("edhub.instance.heartbeat", "300ms")
                .with("edhub.instance.stale-after", "5s").with("edhub.operator.alert-to[0]", OPERATOR).startHub();
        Timestamp stale = Timestamp.from(Instant.now().minusSeconds(60));
        Timestamp fresh = Timestamp.from(Instant.now().plusSeconds(3600));
        hub.db().update("insert into hub_instance (name, started_at, heartbeat_at) values ('b', ?, ?), ('c', ?, ?)", stale, stale,
                fresh, fresh);
        // an instance that shut down cleanly: not taken for stopped, not alerted
        hub.db().update("insert into hub_instance (name, started_at, heartbeat_at, stopped_at) values ('d', ?, ?, ?)", stale, stale, stale);
        hub.db().update("insert into run (district_id, program, school_year, status, started_at, instance_name) values "
                + "(?, 'tx-pr1500', '2018-2019', 'PROCESSING', ?, 'b'), (?, 'tx-pr1500', '2018-2019', 'PROCESSING', ?, 'c')",
                DISTRICT_A, stale, DISTRICT_A, fresh);
        Scratch ofB = Scratch.of(data, "b");
        Scratch ofC = Scratch.of(data, "c");

        await().atMost(Duration.ofSeconds(20)).until(() -> hub.db().queryForObject(
                "select status from run where instance_name = 'b'", String.class).equals("FAILED"));
        assertThat(hub.db().queryForObject("select summary from run where instance_name = 'b'", String.class))
                .contains("hub instance b stopped during the run");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(ofB::assertDeleted);
        assertThat(hub.db().queryForObject("select status from run where instance_name = 'c'", String.class)).isEqualTo("PROCESSING");
        ofC.assertKept();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(hub.db().queryForList(
                "select name from hub_instance order by name", String.class)).as("b forgotten once put right").containsExactly("a", "c", "d"));
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsTo(OPERATOR).size() == 1);
        MimeMessage alert = alertsTo(OPERATOR).get(0);
        assertThat(alert.getSubject()).isEqualTo("edhub alert: hub instance b stopped");
        assertThat(GreenMailUtil.getBody(alert)).contains("Instance a put right").contains("1 run(s) in progress failed as interrupted")
                .contains("1 temporary folder(s) and 2 partly read file(s) deleted");
        Thread.sleep(1500); // five more heartbeats of a
        assertThat(alertsTo(OPERATOR)).as("alerted once").hasSize(1);
        assertThat(alertsTo(OPERATOR).get(0).getAllRecipients()).extracting(Object::toString).containsExactly(OPERATOR);
    }

    private List<MimeMessage> alertsTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : hub.mail.getReceivedMessages()) if (m.getAllRecipients()[0].toString().equals(address)) to.add(m);
        return to;
    }

    /**
     * A single instance stopped during a run (a crash, a kill): when it starts again it fails the run as interrupted
     * and alerts the operator once; a clean restart after that alerts nothing.
     */
    @Test
    void aStopDuringARunIsAlertedOnceWhenTheInstanceStartsAgain() throws Exception {
        hub = new HubUnderTest(data).with("edhub.instance.name", "a").with("edhub.operator.alert-to[0]", OPERATOR).startHub();
        hub.stopHub();
        Timestamp lastBeat = Timestamp.from(Instant.parse("2026-12-01T10:15:00Z"));
        JdbcTemplate stopped = onDisk();
        assertThat(stopped.queryForObject("select count(*) from hub_instance where name = 'a' and stopped_at >= heartbeat_at",
                Integer.class)).as("a clean shutdown says so").isOne();
        crashed(stopped, lastBeat);
        stopped.update("insert into run (district_id, program, school_year, status, started_at, instance_name) values "
                + "(?, 'tx-pr1500', '2018-2019', 'PROCESSING', ?, 'a')", DISTRICT_A, lastBeat);

        hub.startHub();
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsTo(OPERATOR).size() == 1);
        MimeMessage alert = alertsTo(OPERATOR).get(0);
        assertThat(alert.getSubject()).isEqualTo("edhub alert: hub instance a stopped during 1 run(s)");
        assertThat(GreenMailUtil.getBody(alert)).contains("last heartbeat was at 2026-12-01 10:15:00 UTC")
                .contains("1 run(s) failed as interrupted");
        assertThat(hub.db().queryForObject("select status from run where instance_name = 'a'", String.class)).isEqualTo("FAILED");

        aCleanRestartAlertsNothingMore();
    }

    /**
     * A single instance that crashed while no run was in progress (nothing interrupted, nobody else watching): when it
     * starts again it alerts the operator once; a clean shutdown and start after that alerts nothing.
     */
    @Test
    void aCrashWhileNothingRanIsAlertedOnceWhenTheInstanceStartsAgain() throws Exception {
        hub = new HubUnderTest(data).with("edhub.instance.name", "a").with("edhub.operator.alert-to[0]", OPERATOR).startHub();
        hub.stopHub();
        Timestamp lastBeat = Timestamp.from(Instant.parse("2026-12-01T10:15:00Z"));
        crashed(onDisk(), lastBeat);

        hub.startHub();
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsTo(OPERATOR).size() == 1);
        MimeMessage alert = alertsTo(OPERATOR).get(0);
        assertThat(alert.getSubject()).isEqualTo("edhub alert: hub instance a stopped without shutting down");
        assertThat(GreenMailUtil.getBody(alert)).contains("no run was in progress").contains("last heartbeat was at 2026-12-01 10:15:00 UTC")
                .doesNotContain("failed as interrupted");

        aCleanRestartAlertsNothingMore();
    }

    /** Instance a's row as a crash leaves it: its last heartbeat, and no clean shutdown after it. */
    private static void crashed(JdbcTemplate db, Timestamp lastBeat) {
        db.update("update hub_instance set heartbeat_at = ?, stopped_at = null where name = 'a'", lastBeat);
    }

    /** A clean shutdown and start after the alerted stop: still the one alert. */
    private void aCleanRestartAlertsNothingMore() throws Exception {
        hub.stopHub();
        hub.startHub();
        Thread.sleep(1500);
        assertThat(hub.db().queryForObject("select count(*) from operator_alert", Integer.class)).as("a clean restart").isEqualTo(1);
        assertThat(alertsTo(OPERATOR)).hasSize(1);
    }

    /** An instance taken for stopped that comes back (a long pause) registers again at its next heartbeat. */
    @Test
    void anInstanceTakenForStoppedRegistersAgainAtItsNextHeartbeat() throws Exception {
        hub = new HubUnderTest(data).with("edhub.instance.name", "a").with("edhub.instance.heartbeat", "300ms").startHub();
        hub.db().update("delete from hub_instance where name = 'a'");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(hub.db().queryForList(
                "select name from hub_instance where heartbeat_at > ?", String.class, Timestamp.from(Instant.now().minusSeconds(5))))
                .containsExactly("a"));
    }

    /** What an instance keeps only while it works, as a stop leaves it: a run's temporary folder, a download, a partial copy. */
    private record Scratch(Path run, Path spill, Path download, Path partial) {
        static Scratch of(Path data, String instance) throws Exception {
            Path run = Files.createDirectories(data.resolve("tmp").resolve(instance).resolve("edhub-run-7-123"));
            Files.createFile(run.resolve(".lock"));
            Path spill = Files.write(Files.createDirectories(run.resolve("pr1500-parts1")).resolve("certificates-0-0"), ECOS);
            Path download = Files.write(Files.createDirectories(data.resolve("work").resolve(instance).resolve(DISTRICT_A)
                    .resolve(FOLDER)).resolve("ecos.csv"), ECOS);
            Path partial = Files.write(Files.createDirectories(data.resolve("inputs/.staging").resolve(instance)).resolve("in-1.part"), ECOS);
            return new Scratch(run, spill, download, partial);
        }

        void assertDeleted() {
            assertThat(List.of(spill, run, download, partial)).allMatch(p -> !Files.exists(p));
        }

        void assertKept() {
            assertThat(List.of(spill, run, download, partial)).allMatch(Files::exists);
        }
    }

    /** A hub that ran once (its schema made) and stopped, leaving a ledger row of the file in this state. */
    private long stoppedWith(String status, Instant receivedAt) throws Exception {
        hub = new HubUnderTest(data).startHub();
        hub.stopHub();
        return ledgerRow(status, receivedAt);
    }

    private long ledgerRow(String status, Instant receivedAt) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ECOS));
        Path kept = hub.dataDir.resolve("inputs").resolve(DISTRICT_A).resolve("tx-certifications/2018-2019").resolve(sha)
                .resolve("ecos.csv");
        Files.createDirectories(kept.getParent());
        Files.write(kept, ECOS);
        JdbcTemplate jdbc = onDisk();
        jdbc.update("insert into district_file (district_id, feed, school_year, name, remote_path, size_bytes, sha256, "
                        + "received_at, status, kept_path, receipt) values (?,?,?,?,?,?,?,?,?,?,1)", DISTRICT_A, "tx-certifications",
                "2018-2019", "ecos.csv", "tx-certifications/2018-2019/ecos.csv", ECOS.length, sha, Timestamp.from(receivedAt), status,
                kept.toString());
        return jdbc.queryForObject("select max(id) from district_file", Long.class);
    }

    /** The stopped hub's database on disk. */
    private JdbcTemplate onDisk() {
        return new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:" + hub.dataDir.resolve("edhub").toAbsolutePath(), "sa", ""));
    }

    private String status(long id) {
        return hub.db().queryForObject("select status from district_file where id = ?", String.class, id);
    }

    private List<Path> archived() {
        return TestFiles.list(hub.home(DISTRICT_A).resolve(FOLDER + ".archive"));
    }
}
