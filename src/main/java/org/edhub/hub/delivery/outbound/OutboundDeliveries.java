package org.edhub.hub.delivery.outbound;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.hub.data.DataFolder;
import org.edhub.hub.district.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs' files waiting to be put into their SFTP folders, kept in the database until they are: a folder the hub cannot
 * write, or an SFTP server that is down, loses nothing, also across a restart. An attempt claims its delivery for
 * {@link #CLAIM} so no other attempt takes it meanwhile; a failed one waits the retry delay, doubled with each attempt,
 * and is given up after the last. The {@code outbound-delivery} route tries again what is due.
 */
@Component("outboundDeliveries")
public class OutboundDeliveries {
    /** How long an attempt holds its delivery: longer than putting a run's files takes. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(OutboundDeliveries.class);
    private static final String COLUMNS = "id, run_id, district_id, destination, folder, status, attempts, next_attempt_at, "
            + "last_error, delivered_at";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HubProperties.Outbound settings;

    /** The runs' outputs a delivery is written from, stored relative to the data folder. */
    private final DataFolder data;

    public OutboundDeliveries(JdbcTemplate jdbc, TransactionTemplate transaction, HubProperties properties, DataFolder data) {
        this.data = data;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = properties.outbound();
    }

    /**
     * Keeps the run's files for the folder until they are in it, claimed for the attempt the caller makes at once. An
     * earlier run's delivery to the same folder still waiting no longer puts the files this one puts (and none at all
     * when this one puts all of them: it is REPLACED), so a retry never puts older files over newer ones.
     */
    public long queue(long runId, String districtId, String destination, String folder, Map<String, Path> files) {
        return transaction.execute(tx -> {
            Instant now = Instant.now();
            Map<String, Object> delivery = Map.of("run_id", runId, "district_id", districtId, "destination", destination,
                    "folder", folder, "status", "PENDING", "claimed_until", Timestamp.from(now.plus(CLAIM)),
                    "created_at", Timestamp.from(now));
            long id = new SimpleJdbcInsert(jdbc).withTableName("outbound_delivery").usingColumns(delivery.keySet().toArray(String[]::new))
                    .usingGeneratedKeyColumns("id").executeAndReturnKey(delivery).longValue();
            files.forEach((name, path) -> jdbc.update("insert into outbound_file (delivery_id, name, path) values (?,?,?)",
                    id, name, data.stored(path)));
            String earlier = "select id from outbound_delivery where status = 'PENDING' and district_id = ? and destination = ? "
                    + "and folder = ? and id < ?";
            for (String name : files.keySet()) {
                jdbc.update("delete from outbound_file where name = ? and delivery_id in (" + earlier + ")", name, districtId,
                        destination, folder, id);
            }
            jdbc.update("update outbound_delivery set status = 'REPLACED', claimed_until = null where id in (" + earlier + ") "
                    + "and not exists (select 1 from outbound_file f where f.delivery_id = outbound_delivery.id)",
                    districtId, destination, folder, id);
            return id;
        });
    }

    /** The deliveries whose next attempt is due and that no attempt holds, oldest first. */
    public List<Long> due() {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForList("select id from outbound_delivery where status = 'PENDING' and (next_attempt_at is null "
                + "or next_attempt_at <= ?) and (claimed_until is null or claimed_until < ?) order by id", Long.class, now, now);
    }

    /** Takes the delivery for an attempt; false when it is no longer waiting or another attempt holds it. */
    public boolean claim(long id) {
        Instant now = Instant.now();
        return jdbc.update("update outbound_delivery set claimed_until = ? where id = ? and status = 'PENDING' "
                + "and (claimed_until is null or claimed_until < ?)", Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)) == 1;
    }

    public OutboundDelivery get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from outbound_delivery where id = ?", OutboundDeliveries::row, id);
    }

    /** The files to put in: name in the folder and the run's output, by name. */
    public Map<String, Path> files(long id) {
        Map<String, Path> files = new LinkedHashMap<>();
        jdbc.query("select name, path from outbound_file where delivery_id = ? order by name",
                r -> {
                    files.put(r.getString("name"), data.resolve(r.getString("path")));
                }, id);
        return Collections.unmodifiableMap(files);
    }

    public void delivered(long id) {
        jdbc.update("update outbound_delivery set status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, "
                + "last_error = null, next_attempt_at = null, claimed_until = null where id = ? and status = 'PENDING'",
                Timestamp.from(Instant.now()), id);
    }

    /**
     * A failed attempt: it waits the retry delay, doubled with each attempt up to the longest wait; the last allowed
     * attempt gives it up (FAILED), the operator told in the log.
     */
    public void failed(long id, Throwable error) {
        String why = cut(error == null ? "unknown error" : CannotDeliver.describe(error));
        OutboundDelivery d = get(id);
        int attempts = d.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            jdbc.update("update outbound_delivery set status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = null, "
                    + "claimed_until = null where id = ? and status = 'PENDING'", attempts, why, id);
            LOG.error("Run {} of district {}: its files for {}/ given up after {} attempt(s): {}; the folder keeps the previous "
                    + "files; replay the run once it can be written (outbound_delivery id {})", d.runId(), d.districtId(), d.folder(),
                    attempts, why, id);
            return;
        }
        Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(settings.longestWait()) > 0) wait = settings.longestWait();
        jdbc.update("update outbound_delivery set attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = null "
                + "where id = ? and status = 'PENDING'", attempts, why, Timestamp.from(Instant.now().plus(wait)), id);
        LOG.warn("Run {} of district {}: its files not put into {}/ (attempt {}), tried again in {} s: {}", d.runId(), d.districtId(),
                d.folder(), attempts, wait.toSeconds(), why);
    }

    /** What became of a run's files, each folder once. */
    public List<OutboundDelivery> ofRun(long runId) {
        return jdbc.query("select " + COLUMNS + " from outbound_delivery where run_id = ? order by id", OutboundDeliveries::row, runId);
    }

    private static OutboundDelivery row(ResultSet r, int n) throws SQLException {
        return new OutboundDelivery(r.getLong("id"), r.getLong("run_id"), r.getString("district_id"), r.getString("destination"),
                r.getString("folder"), r.getString("status"), r.getInt("attempts"), instant(r.getTimestamp("next_attempt_at")),
                r.getString("last_error"), instant(r.getTimestamp("delivered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s) {
        return s.substring(0, Math.min(s.length(), 3900));
    }
}
