package org.edhub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.edhub.core.program.StatePrograms;
import org.edhub.hub.cluster.Instances;
import org.edhub.hub.data.Database;
import org.edhub.hub.delivery.mail.ComposedMail;
import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Operator alerts on each database ({@link OperatorAlertsH2Test}, {@link OperatorAlertsPostgresTest}): each incident
 * alerted once however often it is told, also by a second instance on the same database; an SFTP outage opened, gone
 * on with, ended, and a new one alerted anew; an instance of the hub found stopped by two others alerted once, and a
 * later stop of it anew; an alert mail given up not alerted; with no address, the incident kept and nothing queued.
 */
abstract class OperatorAlertsTests {
    static final District DISTRICT = new District("099902", "TX", "Lone Star Sample ISD", List.of("peims@lonestar.example"),
            List.of("tx-certifications", "tx-peims"), new District.Sftp("localhost", 2222, "099902", "secret", null, "known_hosts"));

    @TempDir
    Path data;
    CamelContext camel;
    DataSource ds;
    JdbcTemplate jdbc;
    MailOutbox outbox;
    HubProperties properties;

    abstract Database database();

    @BeforeEach
    void migrate() {
        ds = database().migrated(data);
        jdbc = new JdbcTemplate(ds);
        camel = new DefaultCamelContext();
        camel.start();
        HubProperties.Mail mail = new HubProperties.Mail("edhub@localhost", "", 25, null, null, false, Duration.ofMinutes(1),
                Duration.ofSeconds(120), 2, DataSize.ofMegabytes(10));
        properties = new HubProperties(data, Path.of("mappings"), Duration.ofSeconds(10), Duration.ofSeconds(5), mail, null, null, null,
                List.of(DISTRICT), Map.of(), null, null);
        outbox = new MailOutbox(jdbc, camel.createProducerTemplate(), properties);
    }

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    /** The alerts of one instance of the hub, on the test's database. */
    OperatorAlerts alerts(List<String> alertTo, Duration sftpAfter) {
        return new OperatorAlerts(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), outbox,
                new OperatorSettings(alertTo, sftpAfter, null), new Districts(properties, new Programs(StatePrograms.installed())),
                properties);
    }

    SftpOutages outages(OperatorAlerts alerts, Duration after) {
        return new SftpOutages(jdbc, alerts, new OperatorSettings(List.of("ops@agency.example"), after, null));
    }

    List<String> queuedSubjects() {
        return jdbc.queryForList("select subject from mail_outbox order by id", String.class);
    }

    @Test
    void aRunFailureIsAlertedOnceHoweverOftenAndByWhicheverInstance() {
        RunRecord run = new RunRecord(42, DISTRICT.id(), "tx-pr1500", "2018-2019", RunStatus.FAILED, 7L,
                Instant.parse("2026-10-01T12:00:00.123Z"), null, 0, 0, 0, null, null);
        OperatorAlerts one = alerts(List.of("ops@agency.example", "oncall@agency.example"), Duration.ofMinutes(15));
        OperatorAlerts other = alerts(List.of("ops@agency.example", "oncall@agency.example"), Duration.ofMinutes(15));

        assertThat(one.runFailed(DISTRICT, run, "tx-peims/2018-2019/staff.xml", new IllegalStateException("SSN 123-45-6789 broke it")))
                .isTrue();
        assertThat(one.runFailed(DISTRICT, run, "tx-peims/2018-2019/staff.xml", new IllegalStateException("again"))).isFalse();
        assertThat(other.runFailed(DISTRICT, run, "tx-peims/2018-2019/staff.xml", new IllegalStateException("again"))).isFalse();

        assertThat(queuedSubjects()).containsExactly("edhub alert: run 42 of tx-pr1500 for Lone Star Sample ISD (099902) failed");
        assertThat(jdbc.queryForObject("select recipients from mail_outbox", String.class))
                .isEqualTo("ops@agency.example, oncall@agency.example");
        String mime = new String(outbox.raw(outbox.pending().get(0)), StandardCharsets.UTF_8);
        assertThat(mime).contains("***-**-6789").doesNotContain("123-45-6789");
        assertThat(jdbc.queryForObject("select count(*) from operator_alert where mail_id is not null", Integer.class)).isEqualTo(1);
    }

    @Test
    void anSftpOutageIsAlertedOnceItHasLastedAndANewOutageAnew() {
        OperatorAlerts alerts = alerts(List.of("ops@agency.example"), Duration.ZERO);
        SftpOutages patient = outages(alerts, Duration.ofMinutes(15));
        RuntimeException refused = new IllegalStateException("Cannot connect", new java.net.ConnectException("Connection refused"));

        patient.unreachable(DISTRICT, "sftp://localhost:2222/inbound/", refused);
        assertThat(jdbc.queryForObject("select count(*) from operator_alert where open_subject = ?", Integer.class, DISTRICT.id())).isEqualTo(1);
        assertThat(queuedSubjects()).as("not yet long enough").isEmpty();
        patient.reachable(DISTRICT);
        assertThat(jdbc.queryForObject("select count(*) from operator_alert", Integer.class)).as("a short outage leaves nothing").isZero();

        SftpOutages one = outages(alerts, Duration.ZERO);
        SftpOutages other = outages(alerts, Duration.ZERO);
        one.unreachable(DISTRICT, "sftp://localhost:2222/inbound/", refused);
        one.unreachable(DISTRICT, "sftp://localhost:2222/inbound/", refused);
        other.unreachable(DISTRICT, "sftp://localhost:2222/inbound/", refused);
        assertThat(queuedSubjects()).hasSize(1).allMatch(s -> s.startsWith("edhub alert: the SFTP server of Lone Star Sample ISD (099902)"));
        assertThat(jdbc.queryForObject("select last_error from operator_alert", String.class))
                .isEqualTo("IllegalStateException: Cannot connect / Connection refused");

        other.reachable(DISTRICT);
        one.reachable(DISTRICT);
        assertThat(jdbc.queryForObject("select count(*) from operator_alert where open_subject is null and ended_at is not null",
                Integer.class)).isEqualTo(1);
        one.unreachable(DISTRICT, "sftp://localhost:2222/inbound/", refused);
        assertThat(queuedSubjects()).as("a new outage is a new incident").hasSize(2);
        assertThat(jdbc.queryForObject("select count(distinct started_at) from operator_alert", Integer.class)).isEqualTo(2);
    }

    @Test
    void aStoppedInstanceIsAlertedOnceWhicheverInstanceFindsItAndALaterStopAnew() {
        OperatorAlerts a = alerts(List.of("ops@agency.example"), Duration.ofMinutes(15));
        OperatorAlerts c = alerts(List.of("ops@agency.example"), Duration.ofMinutes(15));
        Instances.Stopped stop = new Instances.Stopped("edhub-2", Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T10:15:00.250Z"), false);

        assertThat(a.instanceStopped(stop, new OperatorAlerts.PutRight("edhub-1", Duration.ofSeconds(60), 2, 1, 3))).isTrue();
        assertThat(c.instanceStopped(stop, new OperatorAlerts.PutRight("edhub-3", Duration.ofSeconds(60), 0, 0, 0)))
                .as("found at once by a third instance").isFalse();
        assertThat(queuedSubjects()).containsExactly("edhub alert: hub instance edhub-2 stopped");
        assertThat(jdbc.queryForList("select district_id from mail_outbox", String.class)).as("no district's mail").containsExactly((String) null);
        String mime = new String(outbox.raw(outbox.pending().get(0)), StandardCharsets.UTF_8);
        assertThat(mime).contains("last heartbeat was at 2026-12-01 10:15:00 UTC").contains("Instance edhub-1 put right")
                .contains("2 run(s) in progress failed as interrupted").contains("1 temporary folder(s) and 3 partly read file(s)");
        assertThat(jdbc.queryForObject("select kind from operator_alert", String.class)).isEqualTo(OperatorAlerts.INSTANCE_STOPPED);

        Instances.Stopped again = new Instances.Stopped("edhub-2", Instant.parse("2026-12-01T11:00:00Z"),
                Instant.parse("2026-12-01T12:40:00Z"), false);
        assertThat(c.instanceStopped(again, new OperatorAlerts.PutRight("edhub-3", Duration.ofSeconds(60), 0, 0, 0)))
                .as("started again and stopped again: a new incident").isTrue();
        assertThat(queuedSubjects()).hasSize(2);
        assertThat(a.instanceRestarted(again, new OperatorAlerts.PutRight("edhub-2", Duration.ofSeconds(60), 1, 0, 0)))
                .as("the same stop, told by the instance itself when it starts again").isFalse();
        assertThat(queuedSubjects()).hasSize(2);
    }

    @Test
    void anInstanceThatStartsAgainAfterAStopDuringRunsAlertsItOnce() {
        OperatorAlerts a = alerts(List.of("ops@agency.example"), Duration.ofMinutes(15));
        Instances.Stopped lastRun = new Instances.Stopped("edhub-1", Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T10:15:00Z"), false);
        OperatorAlerts.PutRight done = new OperatorAlerts.PutRight("edhub-1", Duration.ofSeconds(60), 3, 2, 1);

        assertThat(a.instanceRestarted(lastRun, done)).isTrue();
        assertThat(a.instanceRestarted(lastRun, done)).isFalse();
        assertThat(queuedSubjects()).containsExactly("edhub alert: hub instance edhub-1 stopped during 3 run(s)");
        String mime = new String(outbox.raw(outbox.pending().get(0)), StandardCharsets.UTF_8);
        assertThat(mime).contains("last heartbeat was at 2026-12-01 10:15:00 UTC").contains("3 run(s) failed as interrupted")
                .contains("2 temporary folder(s) and 1 partly read file(s) deleted");
    }

    @Test
    void aMailGivenUpIsAlertedOnceAndAnAlertGivenUpIsNot() {
        OperatorAlerts alerts = alerts(List.of("ops@agency.example"), Duration.ofMinutes(15));
        long mail = outbox.queue(7L, DISTRICT.id(), new ComposedMail(List.of("peims@lonestar.example"), "PR1500", "x".getBytes()));
        alerts.mailFailed(mail);
        assertThat(queuedSubjects()).as("still pending: not given up").containsExactly("PR1500");

        outbox.failed(mail, new IllegalStateException("550 5.1.1 <peims@lonestar.example>: mailbox unavailable"));
        alerts.mailFailed(mail);
        alerts.mailFailed(mail);
        assertThat(queuedSubjects()).containsExactly("PR1500", "edhub alert: a mail to Lone Star Sample ISD (099902) was given up");

        long alert = jdbc.queryForObject("select mail_id from operator_alert", Long.class);
        outbox.failed(alert, new IllegalStateException("554 5.7.1 relay denied"));
        alerts.mailFailed(alert);
        assertThat(queuedSubjects()).as("an alert given up is left to the log").hasSize(2);
    }

    @Test
    void withNoAddressTheIncidentIsKeptAndNothingQueued() {
        OperatorAlerts nowhere = alerts(List.of(" "), Duration.ofMinutes(15));
        RunRecord run = new RunRecord(43, DISTRICT.id(), "tx-pr1500", "2018-2019", RunStatus.FAILED, 7L, Instant.now(), null, 0, 0, 0,
                null, null);
        assertThat(nowhere.runFailed(DISTRICT, run, "tx-peims/2018-2019/staff.xml", new IllegalStateException("x"))).isFalse();
        assertThat(queuedSubjects()).isEmpty();
        assertThat(jdbc.queryForList("select mail_id from operator_alert", Long.class)).containsExactly((Long) null);
    }
}
