package org.edhub.hub.ledger;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edhub.hub.data.DataFolder;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Every file a district dropped: district, feed, year, name, size, SHA-256, times, status and run. The n-th time the
 * same bytes are taken as new input of a district's feed and year is its n-th receipt, held by a unique key: of two
 * instances receiving the same bytes at once, one takes them (see {@link #receive}). Kept copies are recorded relative
 * to the data folder.
 */
@Repository
public class FileLedger {
    private static final String COLUMNS = "id, district_id, feed, school_year, name, remote_path, size_bytes, sha256, "
            + "received_at, status, run_id, kept_path, message, receipt";
    private final JdbcTemplate jdbc;
    private final DataFolder data;

    public FileLedger(JdbcTemplate jdbc, DataFolder data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /** A file that takes no receipt of its bytes: a duplicate, a ready marker, a file in a wrong folder. */
    public LedgerEntry record(DropPath drop, long size, String sha256, Path kept, FileStatus status, String message) {
        return insert(drop, size, sha256, kept, status, message, null);
    }

    /**
     * The bytes taken as new input, RECEIVED, as their {@code receipt}-th receipt (1 the first time; the last one's
     * number plus one when the district goes back to them); empty when that receipt exists already: the same bytes
     * were taken by another pickup in the meantime.
     */
    public Optional<LedgerEntry> receive(DropPath drop, long size, String sha256, Path kept, int receipt, String message) {
        try {
            return Optional.of(insert(drop, size, sha256, kept, FileStatus.RECEIVED, message, receipt));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    private LedgerEntry insert(DropPath drop, long size, String sha256, Path kept, FileStatus status, String message,
                               Integer receipt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into district_file (district_id, feed, school_year, name, remote_path, size_bytes, "
                    + "sha256, received_at, status, kept_path, message, receipt) values (?,?,?,?,?,?,?,?,?,?,?,?)", new String[]{"id"});
            s.setString(1, drop.districtId());
            s.setString(2, drop.feed());
            s.setString(3, drop.schoolYear());
            s.setString(4, drop.name());
            s.setString(5, drop.relativePath());
            s.setLong(6, size);
            s.setString(7, sha256);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.setString(9, status.name());
            s.setString(10, kept == null ? null : data.stored(kept));
            s.setString(11, message);
            s.setObject(12, receipt, java.sql.Types.INTEGER);
            return s;
        }, key);
        return get(key.getKey().longValue());
    }

    public LedgerEntry get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from district_file where id = ?", this::map, id);
    }

    /** The last receipt of these bytes in the district's feed and year. */
    public Optional<LedgerEntry> lastReceipt(String districtId, String feed, String year, String sha256) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? and feed = ? and school_year = ? "
                        + "and sha256 = ? and receipt is not null order by receipt desc fetch first 1 rows only", this::map,
                districtId, feed, year, sha256).stream().findFirst();
    }

    public void finish(long id, FileStatus status, Long runId, String message) {
        jdbc.update("update district_file set status = ?, run_id = ?, message = ?, finished_at = ? where id = ?",
                status.name(), runId, message, Timestamp.from(Instant.now()), id);
    }

    /** Accepted files of a feed and year, oldest first. */
    public List<LedgerEntry> accepted(String districtId, String feed, String year) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? and feed = ? and school_year = ? "
                + "and status = 'ACCEPTED' order by id", this::map, districtId, feed, year);
    }

    public List<LedgerEntry> ofDistrict(String districtId) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? order by id", this::map, districtId);
    }

    private LedgerEntry map(ResultSet r, int row) throws SQLException {
        Long runId = r.getObject("run_id", Long.class);
        String kept = r.getString("kept_path");
        return new LedgerEntry(r.getLong("id"), r.getString("district_id"), r.getString("feed"), r.getString("school_year"),
                r.getString("name"), r.getString("remote_path"), r.getLong("size_bytes"), r.getString("sha256"),
                r.getTimestamp("received_at").toInstant(), FileStatus.valueOf(r.getString("status")),
                runId, kept == null ? null : data.resolve(kept),
                r.getString("message"), r.getObject("receipt", Integer.class));
    }
}
