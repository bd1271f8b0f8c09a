package org.edhub.hub.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.edhub.core.program.SchoolYear;
import org.edhub.hub.data.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Deletes the kept inputs and the run folders of school years past the retention ({@link RetentionSettings}); their
 * ledger and run rows stay, marked purged, so the dashboard says what was there and offers no replay. Run by the
 * {@code retention} route.
 */
@Service("retention")
public class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private final JdbcTemplate jdbc;
    private final DataFolder data;
    private final RetentionSettings settings;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public Retention(JdbcTemplate jdbc, DataFolder data, RetentionSettings settings) {
        this(jdbc, data, settings, Clock.systemDefaultZone());
    }

    Retention(JdbcTemplate jdbc, DataFolder data, RetentionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.data = data;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether what belongs to a school year is past the retention on {@code day}. */
    boolean past(String schoolYear, LocalDate day) {
        if (!SchoolYear.isValid(schoolYear)) return false;
        return day.isAfter(SchoolYear.parse(schoolYear).june30().plusYears(settings.yearsAfter()));
    }

    /** Deletes what is past the retention today; returns how many kept inputs and run folders it deleted. */
    public int purge() {
        if (!settings.enabled()) return 0;
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int purged = 0;
        for (Kept file : kept("district_file", "kept_path")) {
            if (!past(file.schoolYear(), today)) continue;
            Path copy = data.resolve(file.path());
            delete(copy);
            deleteIfEmpty(copy.getParent());
            jdbc.update("update district_file set purged_at = ? where id = ?", now, file.id());
            purged++;
        }
        for (Kept run : kept("run", "output_dir")) {
            if (!past(run.schoolYear(), today)) continue;
            delete(data.resolve(run.path()));
            jdbc.update("update run set purged_at = ? where id = ?", now, run.id());
            purged++;
        }
        if (purged > 0) LOG.info("Retention: deleted {} kept input(s) and run folder(s) of school years past {} year(s) after their end",
                purged, settings.yearsAfter());
        return purged;
    }

    /** A row whose file or folder is still kept. */
    private record Kept(long id, String schoolYear, String path) {
    }

    private List<Kept> kept(String table, String pathColumn) {
        return jdbc.query("select id, school_year, " + pathColumn + " from " + table + " where purged_at is null and "
                + pathColumn + " is not null", (r, n) -> new Kept(r.getLong(1), r.getString(2), r.getString(3)));
    }

    /** When the retention deleted a run's folder or the file it was started by, if it did. */
    public java.util.Optional<Instant> purgedAt(long runId) {
        List<Timestamp> at = jdbc.queryForList("select coalesce(r.purged_at, f.purged_at) from run r "
                + "left join district_file f on f.id = r.trigger_file_id where r.id = ?", Timestamp.class, runId);
        return at.isEmpty() || at.get(0) == null ? java.util.Optional.empty() : java.util.Optional.of(at.get(0).toInstant());
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try (Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isEmpty()) Files.delete(folder);
        } catch (IOException ignored) {
            // a folder another file still uses, or already gone
        }
    }
}
