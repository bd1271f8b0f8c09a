package org.edhub.hub.delivery.mail;

import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.ProducerTemplate;
import org.edhub.hub.district.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Mail waiting to be sent, kept in the database until it is: a mail server outage loses nothing. The
 * {@code mail-outbox} route sends what is pending and marks it here.
 */
@Component("mailOutbox")
public class MailOutbox {
    /** The queue of the {@code mail-outbox} route: a message on it sends what is pending (routes/mail-outbox.camel.yaml). */
    static final String SEND_PENDING = "seda:mail-outbox?size=1&discardWhenFull=true";
    /** How long a claimed mail is another instance's: far longer than an SMTP conversation may take. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private final JdbcTemplate jdbc;
    private final HubProperties.Mail mail;
    private final ProducerTemplate producer;

    public MailOutbox(JdbcTemplate jdbc, ProducerTemplate producer, HubProperties properties) {
        this.jdbc = jdbc;
        this.mail = properties.mail();
        this.producer = producer;
    }

    /** Keeps the mail until it is sent, and has the outbox send it now rather than at its next retry; its id. */
    public long queue(Long runId, String districtId, ComposedMail mail) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into mail_outbox (run_id, district_id, recipients, "
                    + "subject, mime, status, created_at) values (?,?,?,?,?,'PENDING',?)", new String[] {"id"});
            insert.setObject(1, runId, Types.BIGINT);
            insert.setString(2, districtId);
            insert.setString(3, String.join(", ", mail.recipients()));
            insert.setString(4, mail.subject());
            insert.setBytes(5, mail.mime());
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            return insert;
        }, id);
        sendNow();
        return id.getKey().longValue();
    }

    /**
     * Has the outbox send what is pending now rather than at its next retry: for a mail queued in a transaction, once
     * it is committed (a send asked before the commit does not see it).
     */
    public void sendNow() {
        producer.sendBody(SEND_PENDING, null);
    }

    /** The ids of mail not sent yet whose next attempt is due and which no instance is sending, oldest first. */
    public List<Long> pending() {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForList("select id from mail_outbox where status = 'PENDING' and (next_attempt_at is null "
                + "or next_attempt_at <= ?) and (claimed_until is null or claimed_until < ?) order by id", Long.class, now, now);
    }

    /**
     * Claims a pending mail for this attempt: true for exactly one of the instances asking at once (one conditional
     * update), so two instances never send the same mail. A claim an instance could not end (it stopped while
     * sending) lapses after {@link #CLAIM}, and the mail is tried again.
     */
    public boolean claim(long id) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("update mail_outbox set claimed_until = ? where id = ? and status = 'PENDING' and (next_attempt_at is null "
                + "or next_attempt_at <= ?) and (claimed_until is null or claimed_until < ?)", Timestamp.from(now.toInstant().plus(CLAIM)),
                id, now, now) == 1;
    }

    public byte[] raw(long id) {
        return jdbc.queryForObject("select mime from mail_outbox where id = ?", byte[].class, id);
    }

    public MimeMessage message(long id) throws MessagingException {
        return new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(raw(id)));
    }

    public void sent(long id) {
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null, claimed_until = null "
                        + "where id = ?",
                Timestamp.from(Instant.now()), id);
    }

    /**
     * A failed attempt. A permanent refusal (an SMTP reply 5xx, e.g. 552 message too large) or the last allowed
     * attempt gives the mail up: FAILED, never retried, the operator told in the log (and alerted by mail:
     * hub.operations.OperatorAlerts, which the mail-outbox route asks next). Otherwise it waits the retry
     * delay, doubled with each attempt, up to an hour.
     */
    public void failed(long id, Throwable error) {
        String why = error == null ? "unknown error" : describe(error);
        int attempts = jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, id) + 1;
        boolean permanent = SmtpReply.isPermanent(error);
        if (permanent || attempts >= mail.maxAttempts()) {
            jdbc.update("update mail_outbox set status = 'FAILED', attempts = ?, last_error = ?, claimed_until = null where id = ?",
                    attempts, cut(why), id);
            LOG.error("Mail {} given up after {} attempt(s){}: {}; the operator must deliver it (mail_outbox id {})", id, attempts,
                    permanent ? ", refused for good by the server" : "", why, id);
            return;
        }
        Duration wait = mail.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
        if (wait.compareTo(Duration.ofHours(1)) > 0) wait = Duration.ofHours(1);
        jdbc.update("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = null where id = ?",
                attempts, cut(why),
                Timestamp.from(Instant.now().plus(wait)), id);
        LOG.warn("Mail {} not sent (attempt {}), retried in {} s: {}", id, attempts, wait.toSeconds(), why);
    }

    /** What became of a run's mail: PENDING, SENT or FAILED with the server's answer; empty when it sent none. */
    public java.util.Optional<String> statusOfRun(long runId) {
        return jdbc.query("select status, last_error from mail_outbox where run_id = ? order by id desc",
                (r, n) -> r.getString("status") + (r.getString("last_error") == null ? "" : ": " + r.getString("last_error")), runId)
                .stream().findFirst();
    }

    private static String describe(Throwable error) {
        StringBuilder b = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) b.append(" / ").append(c.getMessage());
        }
        return b.toString();
    }

    private static String cut(String s) {
        return s.substring(0, Math.min(s.length(), 3900));
    }
}
