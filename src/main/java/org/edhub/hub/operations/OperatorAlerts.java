package org.edhub.hub.operations;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.edhub.core.privacy.Ssn;
import org.edhub.hub.cluster.Instances;
import org.edhub.hub.delivery.mail.ComposedMail;
import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.log.LogFields;
import org.edhub.hub.run.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail to the operator ({@code edhub.operator.alert-to}) when a run fails on an internal error, a district mail or a
 * run's outbound delivery is given up, a district's SFTP server stays unreachable ({@link SftpOutages}), or an instance
 * of the hub is found stopped by another: once per incident. The incident is
 * claimed by its row in {@code operator_alert} (unique by kind, subject and start) in the same transaction that queues
 * its mail in the outbox, so a restart, a second instance or a retry never alerts twice, and the alert is retried
 * like any mail until the server takes it. With no address configured an alert goes nowhere: the incident is still
 * recorded, the log says so at start-up and with each incident, and the health and metrics show it.
 */
@Component("operatorAlerts")
public class OperatorAlerts {
    static final String RUN_FAILED = "RUN_FAILED";
    static final String MAIL_FAILED = "MAIL_FAILED";
    static final String SFTP_UNREACHABLE = "SFTP_UNREACHABLE";
    static final String DELIVERY_FAILED = "DELIVERY_FAILED";
    static final String INSTANCE_STOPPED = "INSTANCE_STOPPED";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorAlerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MailOutbox outbox;
    private final OperatorSettings settings;
    private final Districts districts;
    private final HubProperties properties;

    public OperatorAlerts(JdbcTemplate jdbc, TransactionTemplate transaction, MailOutbox outbox, OperatorSettings settings,
                          Districts districts, HubProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outbox = outbox;
        this.settings = settings;
        this.districts = districts;
        this.properties = properties;
    }

    /** Says at start-up where alerts go, or that they go nowhere. */
    @EventListener(ApplicationReadyEvent.class)
    public void sayWhere() {
        if (settings.alerts()) {
            LOG.info("Operator alerts go to {} (a failed run, a mail or a delivery given up, an SFTP server unreachable for {})",
                    settings.recipients(), OperatorSettings.text(settings.sftpUnreachableAfter()));
        } else {
            LOG.warn("No operator alert address (edhub.operator.alert-to): alerts go nowhere. A failed run, a mail or a "
                    + "delivery given up or an SFTP server unreachable is only logged and counted in the metrics, and districts are told so");
        }
    }

    /** A run stopped on an internal error: alerted once per run; whether the alert was queued. */
    public boolean runFailed(District district, RunRecord run, String trigger, Throwable error) {
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String title = "edhub alert: run " + run.id() + " of " + run.program() + " for " + district.label() + " failed";
        String body = "Run " + run.id() + " of " + run.program() + " " + run.schoolYear() + " for " + district.label()
                + ", started " + TIME.format(run.startedAt()) + " for the file inbound/" + trigger + ", stopped on an internal error:\n\n"
                + "  " + what + "\n\n"
                + "Where to look:\n"
                + "  - the run's page: " + settings.runPage(run.id()) + " (its issues and inputs; replay it there once the cause is fixed)\n"
                + "  - the hub's log: the lines with " + LogFields.RUN + " = " + run.id() + " and " + LogFields.DISTRICT + " = "
                + district.id() + "; the ERROR line \"Run " + run.id() + " of ...\" holds the stack trace\n\n"
                + "The district has been told that the run could not finish and that you have been alerted. The files it "
                + "dropped are kept. This is the only alert for this run.\n";
        return raise(RUN_FAILED, Long.toString(run.id()), district.id(), run.startedAt(), what, title, body);
    }

    /**
     * Asked by the {@code mail-outbox} route after each failed attempt: a mail the outbox has given up (FAILED) is
     * alerted once, unless it is an alert itself (that one is left to the log's ERROR line).
     */
    public void mailFailed(long mailId) {
        Map<String, Object> mail = givenUp("select run_id, district_id, recipients, subject, status, attempts, "
                + "last_error, created_at from mail_outbox where id = ?", mailId);
        if (mail == null) return;
        if (jdbc.queryForObject("select count(*) from operator_alert where mail_id = ?", Integer.class, mailId) > 0) return;
        String districtId = String.valueOf(mail.get("district_id"));
        String label = labelOf(districtId);
        Object run = mail.get("run_id");
        String why = String.valueOf(mail.get("last_error")).strip();
        String title = "edhub alert: a mail to " + label + " was given up";
        String body = "The mail \"" + mail.get("subject") + "\" to " + mail.get("recipients") + " (" + label
                + (run == null ? "" : ", run " + run) + ") was given up after " + mail.get("attempts") + " attempt(s):\n\n"
                + "  " + why + "\n\n"
                + "The district has not received it. Send it another way, or correct the address or the mail server "
                + "(edhub.mail.*, edhub.districts[].coordinators) and replay the run.\n\n"
                + "Where to look:\n"
                + (run == null ? "" : "  - the run's page: " + settings.runPage(((Number) run).longValue()) + " (it says MAIL FAILED)\n")
                + "  - the mail outbox: table mail_outbox, id " + mailId + " (the message as composed is its mime column)\n"
                + "  - the hub's log: the ERROR line \"Mail " + mailId + " given up ...\"\n\n"
                + "This is the only alert for this mail.\n";
        raise(MAIL_FAILED, Long.toString(mailId), districtId, instant(mail.get("created_at")), why, title, body);
    }

    /**
     * Asked by the {@code outbound-attempt} route after each failed attempt: a run's files the hub has given up putting
     * into their folder (FAILED) are alerted once.
     */
    public void deliveryFailed(long deliveryId) {
        Map<String, Object> delivery = givenUp("select run_id, district_id, folder, status, attempts, last_error, "
                + "created_at from outbound_delivery where id = ?", deliveryId);
        if (delivery == null) return;
        String districtId = String.valueOf(delivery.get("district_id"));
        String label = labelOf(districtId);
        long run = ((Number) delivery.get("run_id")).longValue();
        String folder = delivery.get("folder") + "/";
        String why = String.valueOf(delivery.get("last_error")).strip();
        String title = "edhub alert: the files of run " + run + " for " + label + " were not put into " + folder;
        String body = "The files of run " + run + " (" + label + ") could not be put into " + folder + " and were given up after "
                + delivery.get("attempts") + " attempt(s):\n\n"
                + "  " + why + "\n\n"
                + "The folder keeps the files it held before; the district's mail of the run went out as usual. Correct the "
                + "folder (its permissions, a file or folder in the way, the quota) and replay the run.\n\n"
                + "Where to look:\n"
                + "  - the run's page: " + settings.runPage(run) + " (it says DELIVERY FAILED; replay it there)\n"
                + "  - the outbound deliveries: table outbound_delivery, id " + deliveryId + "\n"
                + "  - the hub's log: the ERROR line \"Run " + run + " of district " + districtId + ": its files for " + folder
                + " given up ...\"\n\n"
                + "This is the only alert for this delivery.\n";
        raise(DELIVERY_FAILED, Long.toString(deliveryId), districtId, instant(delivery.get("created_at")), why, title, body);
    }

    /**
     * What an instance put right of one found stopped: the runs it failed as interrupted, the temporary folders and
     * partly read files it deleted.
     */
    public record PutRight(String by, Duration staleAfter, int interruptedRuns, int temporaryFolders, int partlyReadFiles) {
        /** The alert's line of what was deleted, and the blank line after it. */
        String deletedLine() {
            return "  - " + temporaryFolders + " temporary folder(s) and " + partlyReadFiles + " partly read file(s) deleted\n\n";
        }
    }

    /**
     * An instance of the hub found stopped by another ({@code Recovery}): alerted once per stop, by whichever
     * instance finds it first (the incident starts at its last heartbeat, so an instance that comes back and stops
     * again is alerted anew); whether this call alerted it.
     */
    public boolean instanceStopped(Instances.Stopped stopped, PutRight done) {
        String last = TIME.format(stopped.lastHeartbeat());
        String why = "No heartbeat since " + last + " (edhub.instance.stale-after = " + OperatorSettings.text(done.staleAfter()) + ")";
        String title = "edhub alert: hub instance " + stopped.name() + " stopped";
        String body = "Hub instance " + stopped.name() + ", started " + TIME.format(stopped.startedAt()) + ", has stopped: its last "
                + "heartbeat was at " + last + ", longer ago than edhub.instance.stale-after = " + OperatorSettings.text(done.staleAfter())
                + " (a crash, a kill, a lost host or a pause that long).\n\n"
                + "Instance " + done.by() + " put right what it left:\n"
                + "  - " + done.interruptedRuns() + " run(s) in progress failed as interrupted; their files are still in the "
                + "districts' inboxes and are read again by the instance that leads each district now, whose run mails the district\n"
                + done.deletedLine()
                + "The other instances lead its districts meanwhile. Start it again once the cause is known; an instance that "
                + "was only paused makes its row again at its next heartbeat and goes on.\n\n"
                + "Where to look:\n"
                + "  - the stopped instance's host: its service log (journalctl -u edhub) and the system's (an out-of-memory kill, a reboot)\n"
                + "  - the hub's log on " + done.by() + ": the WARN line \"Hub instance " + stopped.name() + " has stopped ...\"\n"
                + "  - the instances working now: select name, heartbeat_at from hub_instance\n\n"
                + "This is the only alert for this stop.\n";
        return raise(INSTANCE_STOPPED, stopped.name(), null, stopped.lastHeartbeat(), why, title, body);
    }

    /**
     * This instance started again after a stop that was not a clean shutdown ({@code Recovery}): a crash, a kill, or a
     * shutdown that did not wait for its runs, whether or not runs were in progress. Alerted once per stop, keyed as
     * {@link #instanceStopped} is, so a stop another instance found and alerted first is not alerted again.
     */
    public boolean instanceRestarted(Instances.Stopped lastRun, PutRight done) {
        String last = TIME.format(lastRun.lastHeartbeat());
        int runs = done.interruptedRuns();
        String stop = runs > 0 ? "Stopped during " + runs + " run(s)" : "Stopped without shutting down";
        String how = runs > 0 ? "while it ran " + runs + " run(s) (a crash, a kill, a lost host, or a shutdown that did not wait for them)"
                : "without shutting down (a crash, a kill, a lost host, a power loss); no run was in progress";
        String failed = runs == 0 ? "" : "  - " + runs + " run(s) failed as interrupted; their files are still in the districts' "
                + "inboxes and are read again now, and each new run mails its district\n";
        String logLine = runs == 0 ? "" : "  - the hub's log: the WARN line \"" + runs + " run(s) were interrupted by the last stop ...\"\n";
        String title = "edhub alert: hub instance " + lastRun.name() + " " + stop.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + stop.substring(1);
        String body = "Hub instance " + lastRun.name() + ", started " + TIME.format(lastRun.startedAt()) + ", stopped " + how
                + "; its last heartbeat was at " + last + ". It has started again and put right what it left:\n"
                + failed
                + done.deletedLine()
                + "Where to look:\n"
                + "  - why it stopped: the service log before the restart (journalctl -u edhub) and the system's (an out-of-memory "
                + "kill, a reboot)\n"
                + logLine
                + "\nThis is the only alert for this stop.\n";
        return raise(INSTANCE_STOPPED, lastRun.name(), null, lastRun.lastHeartbeat(), stop + "; last heartbeat " + last, title, body);
    }

    /**
     * An SFTP outage of a district ({@link SftpOutages}) long enough to alert: claimed by its open row, alerted once;
     * whether this call alerted it.
     */
    boolean sftpUnreachable(long alertId, District district, String server, Instant since, String error) {
        Duration lasting = Duration.between(since, Instant.now());
        String title = "edhub alert: the SFTP server of " + district.label() + " unreachable since " + TIME.format(since);
        String body = "The hub cannot reach " + server + ", where " + district.label() + " drops its files, since "
                + TIME.format(since) + " (" + OperatorSettings.text(lasting) + ", longer than edhub.operator.sftp-unreachable-after = "
                + OperatorSettings.text(settings.sftpUnreachableAfter()) + "):\n\n"
                + "  " + error + "\n\n"
                + "Files the district drops wait there until the server is reachable again; then they are read as usual.\n\n"
                + "Where to look:\n"
                + "  - the health on the management port: /actuator/health, camelHealth, the consumer of route pickup-"
                + district.id() + "\n"
                + "  - the hub's log: the lines with " + LogFields.DISTRICT + " = " + district.id() + "\n\n"
                + "This is the only alert for this outage; once the server has been reachable again, a new outage is alerted anew.\n";
        Boolean claimed = transaction.execute(tx -> {
            if (jdbc.update("update operator_alert set alerted_at = ? where id = ? and alerted_at is null",
                    Timestamp.from(Instant.now()), alertId) == 0) {
                return false;
            }
            send(alertId, district.id(), title, body);
            return true;
        });
        if (Boolean.TRUE.equals(claimed)) told(title);
        return Boolean.TRUE.equals(claimed);
    }

    /**
     * Records the incident and queues its alert, in one transaction; false when the incident was alerted before (its
     * row exists) or no address is configured.
     */
    private boolean raise(String kind, String subject, String districtId, Instant startedAt, String error, String title,
                          String body) {
        Boolean raised = transaction.execute(tx -> {
            KeyHolder id = new GeneratedKeyHolder();
            try {
                jdbc.update(connection -> {
                    PreparedStatement insert = connection.prepareStatement("insert into operator_alert (kind, subject, district_id, "
                            + "started_at, last_error, alerted_at) values (?,?,?,?,?,?)", new String[] {"id"});
                    insert.setString(1, kind);
                    insert.setString(2, subject);
                    insert.setString(3, districtId);
                    insert.setTimestamp(4, Timestamp.from(startedAt));
                    insert.setString(5, cut(Ssn.mask(null, error)));
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    return insert;
                }, id);
            } catch (DuplicateKeyException already) {
                tx.setRollbackOnly(); // PostgreSQL has aborted the transaction: nothing of it is to be committed
                return false;
            }
            send(id.getKey().longValue(), districtId, title, body);
            return true;
        });
        if (Boolean.TRUE.equals(raised)) told(title);
        return Boolean.TRUE.equals(raised) && settings.alerts();
    }

    /** Queues the alert's mail, when there is anyone to send it to, and records which mail it is. */
    private void send(long alertId, String districtId, String title, String body) {
        if (!settings.alerts()) return;
        long mail = outbox.queue(null, districtId, ComposedMail.text(properties.mail().from(), settings.recipients(), title,
                Ssn.mask(null, body)));
        jdbc.update("update operator_alert set mail_id = ? where id = ?", mail, alertId);
    }

    /** After the commit: the alert's mail is sent now, and the log says where it went. */
    private void told(String title) {
        if (settings.alerts()) {
            outbox.sendNow();
            LOG.warn("Operator alerted ({}): {}", String.join(", ", settings.recipients()), title);
        } else {
            LOG.warn("Operator alert not sent, no address configured (edhub.operator.alert-to): {}", title);
        }
    }

    /** The row a query selects by id when its status is FAILED (given up), else null. */
    private Map<String, Object> givenUp(String select, long id) {
        List<Map<String, Object>> rows = jdbc.queryForList(select, id);
        return rows.isEmpty() || !"FAILED".equals(rows.get(0).get("status")) ? null : rows.get(0);
    }

    private String labelOf(String districtId) {
        return districts.byId(districtId).map(District::label).orElse("district " + districtId);
    }

    static Instant instant(Object timestamp) {
        if (timestamp instanceof Timestamp t) return t.toInstant();
        if (timestamp instanceof java.time.OffsetDateTime t) return t.toInstant();
        if (timestamp instanceof java.time.LocalDateTime t) return Timestamp.valueOf(t).toInstant();
        throw new IllegalStateException("Not a time: " + timestamp);
    }

    static String cut(String s) {
        return s == null ? null : s.substring(0, Math.min(s.length(), 3900));
    }
}
