package org.edhub.hub.delivery.mail;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.ProducerTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mail waiting to be sent, kept in the database until it is: a mail server outage loses nothing. The
 * {@code mail-outbox} route sends what is pending and marks it here.
 */
@Component("mailOutbox")
public class MailOutbox {
    /** The queue of the {@code mail-outbox} route: a message on it sends what is pending (routes/mail-outbox.camel.yaml). */
    static final String SEND_PENDING = "seda:mail-outbox?size=1&discardWhenFull=true";
    private final JdbcTemplate jdbc;
    private final ProducerTemplate producer;

    public MailOutbox(JdbcTemplate jdbc, ProducerTemplate producer) {
        this.jdbc = jdbc;
        this.producer = producer;
    }

    /** Keeps the mail until it is sent, and has the outbox send it now rather than at its next retry. */
    public void queue(Long runId, String districtId, ComposedMail mail) {
        jdbc.update("insert into mail_outbox (run_id, district_id, recipients, subject, mime, status, created_at) "
                        + "values (?,?,?,?,?,'PENDING',?)", runId, districtId, String.join(", ", mail.recipients()),
                mail.subject(), mail.mime(), Timestamp.from(Instant.now()));
        producer.sendBody(SEND_PENDING, runId);
    }

    /** The ids of mail not sent yet, oldest first. */
    public List<Long> pending() {
        return jdbc.queryForList("select id from mail_outbox where status = 'PENDING' order by id", Long.class);
    }

    public byte[] raw(long id) {
        return jdbc.queryForObject("select mime from mail_outbox where id = ?", byte[].class, id);
    }

    public MimeMessage message(long id) throws MessagingException {
        return new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(raw(id)));
    }

    public void sent(long id) {
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                Timestamp.from(Instant.now()), id);
    }

    public void failed(long id, String error) {
        jdbc.update("update mail_outbox set attempts = attempts + 1, last_error = ? where id = ?",
                error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 3900)), id);
    }
}
