package org.edhub.hub.cluster;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The instances working on the database, each renewing its heartbeat. An instance whose heartbeat is older than
 * {@link InstanceSettings#staleAfter()} has stopped (a crash, a kill, a lost host). The instances' clocks are
 * compared, so their hosts keep time (NTP), as any cluster's do.
 */
@Repository
public class Instances {
    private static final Logger LOG = LoggerFactory.getLogger(Instances.class);
    /** A row of {@code hub_instance} as an instance's last run left it. */
    private static final RowMapper<Stopped> STOPPED = (r, n) -> new Stopped(r.getString("name"),
            r.getTimestamp("started_at").toInstant(), r.getTimestamp("heartbeat_at").toInstant(),
            r.getTimestamp("stopped_at") != null && !r.getTimestamp("stopped_at").before(r.getTimestamp("heartbeat_at")));
    private static final String COLUMNS = "name, started_at, heartbeat_at, stopped_at";
    private final JdbcTemplate jdbc;
    private final HubInstance self;
    private final InstanceSettings settings;

    public Instances(JdbcTemplate jdbc, HubInstance self, InstanceSettings settings) {
        this.jdbc = jdbc;
        this.self = self;
        this.settings = settings;
    }

    /**
     * This instance starts: its row made or renewed. A heartbeat of its name younger than the stale time is this
     * instance's own before a crash, or another instance running under the same name: the log says so.
     *
     * @return this instance's row as its last run left it, if it has one (another instance forgets it once it has put
     * right what that run left)
     */
    public Optional<Stopped> started() {
        Optional<Stopped> before = jdbc.query("select " + COLUMNS + " from hub_instance where name = ?",
                STOPPED, self.name()).stream().findFirst();
        Timestamp now = Timestamp.from(Instant.now());
        before.map(Stopped::lastHeartbeat).filter(beat -> beat.isAfter(now.toInstant().minus(settings.staleAfter())))
                .ifPresent(beat -> LOG.warn("An instance named {} renewed its heartbeat at {}: if it is another instance still "
                        + "running, give each instance a name of its own (edhub.instance.name), since an instance fails the runs "
                        + "of its name when it starts", self.name(), beat));
        if (jdbc.update("update hub_instance set started_at = ?, heartbeat_at = ?, stopped_at = null where name = ?", now, now, self.name()) == 0) {
            register(now);
        }
        return before;
    }

    /**
     * This instance is alive. Its row is gone when another instance took it for stopped (a pause longer than the stale
     * time) and put right what it left: the row is made again, and the log says its runs of then were failed.
     */
    public void beat() {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("update hub_instance set heartbeat_at = ? where name = ?", now, self.name()) == 0) {
            LOG.warn("Hub instance {} was taken for stopped by another instance (no heartbeat for over {} s): its runs in "
                    + "progress then were failed and read again; it goes on", self.name(), settings.staleAfter().toSeconds());
            register(now);
        }
    }

    private void register(Timestamp now) {
        jdbc.update("insert into hub_instance (name, started_at, heartbeat_at) values (?,?,?)", self.name(), now, now);
    }

    /**
     * An instance that stopped and whose runs and files have been put right is forgotten, so that it is not looked at
     * again on every heartbeat; only while its heartbeat is still stale (it may have come back meanwhile).
     */
    public void forget(String stopped) {
        jdbc.update("delete from hub_instance where name = ? and heartbeat_at < ?", stopped,
                Timestamp.from(Instant.now().minus(settings.staleAfter())));
    }

    /**
     * This instance shuts down cleanly, its runs ended: no other instance takes it for stopped, and its next start
     * knows its last stop was no crash.
     */
    public void left() {
        jdbc.update("update hub_instance set stopped_at = ? where name = ?", Timestamp.from(Instant.now()), self.name());
    }

    /** The other instances whose heartbeat is stale and that did not shut down cleanly, by name. */
    public List<Stopped> stopped() {
        return jdbc.query("select " + COLUMNS + " from hub_instance where name <> ? and heartbeat_at < ? "
                        + "and (stopped_at is null or stopped_at < heartbeat_at) order by name",
                STOPPED,
                self.name(), Timestamp.from(Instant.now().minus(settings.staleAfter())));
    }

    /**
     * An instance found stopped, or this one's last run: its name, when it started, its last heartbeat, and whether it
     * shut down cleanly ({@link #left}).
     */
    public record Stopped(String name, Instant startedAt, Instant lastHeartbeat, boolean clean) {
    }
}
