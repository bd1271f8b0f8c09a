package org.edhub.hub.ledger;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every file a district dropped: district, feed, year, name, size, SHA-256, times, status and run. */
@Repository
public class FileLedger {
    private static final String COLUMNS = "id, district_id, feed, school_year, name, remote_path, size_bytes, sha256, "
            + "received_at, status, run_id, kept_path, message";
    private final JdbcTemplate jdbc;

    public FileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public LedgerEntry record(DropPath drop, long size, String sha256, Path kept, FileStatus status, String message) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("insert into district_file (district_id, feed, school_year, name, remote_path, "
                    + "size_bytes, sha256, received_at, status, kept_path, message) values (?,?,?,?,?,?,?,?,?,?,?)", new String[]{"ID"});
            s.setString(1, drop.districtId());
            s.setString(2, drop.feed());
            s.setString(3, drop.schoolYear());
            s.setString(4, drop.name());
            s.setString(5, drop.relativePath());
            s.setLong(6, size);
            s.setString(7, sha256);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.setString(9, status.name());
            s.setString(10, kept == null ? null : kept.toString());
            s.setString(11, message);
            return s;
        }, key);
        return get(key.getKey().longValue());
    }

    public LedgerEntry get(long id) {
        return jdbc.queryForObject("select " + COLUMNS + " from district_file where id = ?", FileLedger::map, id);
    }

    /** The earliest file of the district, feed and year with these bytes that was not itself a duplicate. */
    public Optional<LedgerEntry> sameContent(String districtId, String feed, String year, String sha256) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? and feed = ? and school_year = ? "
                        + "and sha256 = ? and status <> 'DUPLICATE' order by id", FileLedger::map, districtId, feed, year, sha256)
                .stream().findFirst();
    }

    public void finish(long id, FileStatus status, Long runId, String message) {
        jdbc.update("update district_file set status = ?, run_id = ?, message = ?, finished_at = ? where id = ?",
                status.name(), runId, message, Timestamp.from(Instant.now()), id);
    }

    /** Accepted files of a feed and year, oldest first. */
    public List<LedgerEntry> accepted(String districtId, String feed, String year) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? and feed = ? and school_year = ? "
                + "and status = 'ACCEPTED' order by id", FileLedger::map, districtId, feed, year);
    }

    public List<LedgerEntry> ofDistrict(String districtId) {
        return jdbc.query("select " + COLUMNS + " from district_file where district_id = ? order by id", FileLedger::map, districtId);
    }

    private static LedgerEntry map(ResultSet r, int row) throws SQLException {
        Long runId = r.getObject("run_id", Long.class);
        String kept = r.getString("kept_path");
        return new LedgerEntry(r.getLong("id"), r.getString("district_id"), r.getString("feed"), r.getString("school_year"),
                r.getString("name"), r.getString("remote_path"), r.getLong("size_bytes"), r.getString("sha256"),
                r.getTimestamp("received_at").toInstant(), FileStatus.valueOf(r.getString("status")),
                runId, kept == null ? null : Path.of(kept),
                r.getString("message"));
    }
}
