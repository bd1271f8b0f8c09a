package org.edhub.hub.delivery;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

import org.edhub.hub.deadline.DeadlineCalendar;
import org.edhub.hub.deadline.DeadlineStatus;
import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.delivery.mail.ReminderMail;
import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline reminders, checked by the {@code deadline-reminders} route: a district that has not dropped a feed a
 * deadline expects, in the configured days before it, gets one reminder mail per deadline. The reminder is claimed by
 * a row whose key is the district and the deadline, in the same transaction that queues its mail, so a restart, a
 * second instance or a retry never sends it twice.
 */
@Component("reminders")
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private final Districts districts;
    private final DeadlineCalendar calendar;
    private final MailOutbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HubProperties properties;

    public Reminders(Districts districts, DeadlineCalendar calendar, MailOutbox outbox, JdbcTemplate jdbc,
                     TransactionTemplate transaction, HubProperties properties) {
        this.districts = districts;
        this.calendar = calendar;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
    }

    /** Queues the reminders due today; returns how many. */
    public int sendDue() {
        int queued = 0;
        for (District district : districts.all()) {
            for (DeadlineStatus status : calendar.statuses(district)) {
                if (status.remindable(properties.reminders().daysBefore()) && claimAndQueue(district, status)) queued++;
            }
        }
        return queued;
    }

    private boolean claimAndQueue(District district, DeadlineStatus status) {
        Boolean queued = transaction.execute(tx -> {
            try {
                jdbc.update("insert into deadline_reminder (district_id, program, school_year, due, deadline, sent_at) "
                                + "values (?,?,?,?,?,?)", district.id(), status.deadline().program(),
                        status.deadline().schoolYear(), Date.valueOf(status.deadline().due()), status.deadline().what(),
                        Timestamp.from(Instant.now()));
            } catch (DuplicateKeyException already) {
                tx.setRollbackOnly(); // PostgreSQL has aborted the transaction: nothing of it is to be committed
                return false;
            }
            outbox.queue(null, district.id(), ReminderMail.compose(district, status, properties.mail().from()));
            return true;
        });
        if (Boolean.TRUE.equals(queued)) {
            LOG.info("District {}: reminder queued for {} due {} (missing {})", district.id(), status.deadline().what(),
                    status.deadline().due(), status.missingFeeds());
        }
        return Boolean.TRUE.equals(queued);
    }
}
