package org.edhub.hub.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.edhub.core.privacy.Ssn;
import org.edhub.hub.district.District;
import org.edhub.hub.log.LogFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether each district's SFTP server can be reached, as its pickup's polls tell (hub.intake.PickupPolls): a failed
 * poll opens an outage, kept as an open row of {@code operator_alert} so that every instance sees the same outage and
 * its start (the pickup of a district may move from one instance to another); a poll that works ends it. A failed poll
 * at least {@code edhub.operator.sftp-unreachable-after} after the outage began alerts the operator, once
 * ({@link OperatorAlerts}). An outage that ended before that leaves nothing behind.
 */
@Component
public class SftpOutages {
    private static final Logger LOG = LoggerFactory.getLogger(SftpOutages.class);
    private final JdbcTemplate jdbc;
    private final OperatorAlerts alerts;
    private final OperatorSettings settings;
    /**
     * The districts this instance knows to have no open outage, until when: a poll that works then costs no statement.
     * Known for a minute only, since another instance may have opened one meanwhile.
     */
    private final Map<String, Instant> noOutageUntil = new ConcurrentHashMap<>();

    public SftpOutages(JdbcTemplate jdbc, OperatorAlerts alerts, OperatorSettings settings) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.settings = settings;
    }

    /** A poll of the district's server worked: its outage, if any, has ended. */
    public void reachable(District district) {
        Instant now = Instant.now();
        Instant known = noOutageUntil.get(district.id());
        if (known != null && known.isAfter(now)) return;
        int unalerted = jdbc.update("delete from operator_alert where kind = ? and open_subject = ? and alerted_at is null",
                OperatorAlerts.SFTP_UNREACHABLE, district.id());
        int alerted = jdbc.update("update operator_alert set open_subject = null, ended_at = ? where kind = ? and open_subject = ?",
                Timestamp.from(now), OperatorAlerts.SFTP_UNREACHABLE, district.id());
        noOutageUntil.put(district.id(), now.plus(Duration.ofMinutes(1)));
        if (unalerted + alerted > 0) {
            try (LogFields fields = LogFields.of(LogFields.DISTRICT, district.id())) {
                LOG.info("District {}: its SFTP server is reachable again{}", district.id(),
                        alerted > 0 ? "; the outage the operator was alerted of has ended" : "");
            }
        }
    }

    /** A poll of the district's server failed ({@code server} its address): the outage opens, or goes on. */
    public void unreachable(District district, String server, Throwable error) {
        noOutageUntil.remove(district.id());
        String why = Ssn.mask(null, describe(error));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        try (LogFields fields = LogFields.of(LogFields.DISTRICT, district.id())) {
            if (jdbc.update("update operator_alert set last_error = ? where kind = ? and open_subject = ?", OperatorAlerts.cut(why),
                    OperatorAlerts.SFTP_UNREACHABLE, district.id()) == 0) {
                open(district, server, why, now);
            } else {
                LOG.debug("District {}: {} still unreachable: {}", district.id(), server, why);
            }
            List<Map<String, Object>> open = jdbc.queryForList("select id, started_at, alerted_at from operator_alert "
                    + "where kind = ? and open_subject = ?", OperatorAlerts.SFTP_UNREACHABLE, district.id());
            if (open.isEmpty() || value(open.get(0), "alerted_at") != null) return;
            Instant since = OperatorAlerts.instant(value(open.get(0), "started_at"));
            if (Duration.between(since, Instant.now()).compareTo(settings.sftpUnreachableAfter()) >= 0) {
                alerts.sftpUnreachable(((Number) value(open.get(0), "id")).longValue(), district, server, since, why);
            }
        }
    }

    private void open(District district, String server, String why, Instant now) {
        try {
            jdbc.update("insert into operator_alert (kind, subject, district_id, started_at, open_subject, last_error) "
                            + "values (?,?,?,?,?,?)", OperatorAlerts.SFTP_UNREACHABLE, district.id(), district.id(), Timestamp.from(now),
                    district.id(), OperatorAlerts.cut(why));
            LOG.warn("District {}: cannot reach {}: {}; {}", district.id(), server, why, settings.alerts()
                    ? "the operator is alerted if it lasts " + OperatorSettings.text(settings.sftpUnreachableAfter())
                    : "no operator alert address is configured");
        } catch (DuplicateKeyException opened) {
            LOG.debug("District {}: the outage of {} was opened meanwhile by another instance", district.id(), server);
        }
    }

    private static String describe(Throwable error) {
        if (error == null) return "unknown error";
        StringBuilder b = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) b.append(" / ").append(c.getMessage());
        }
        return b.toString();
    }

    private static Object value(Map<String, Object> row, String column) {
        for (var e : row.entrySet()) if (e.getKey().equalsIgnoreCase(column)) return e.getValue();
        return null;
    }
}
