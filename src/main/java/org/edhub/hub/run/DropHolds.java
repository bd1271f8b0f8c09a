package org.edhub.hub.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The runs held for the rest of their drop (table {@code drop_hold}): a file that came with more files of its
 * program and year still in the district's inbox is checked on its own, and the program runs once, with the whole
 * drop. Only accepted files are held; a hold outlives a stop of the hub, and is released by the first run of its
 * program and year over the inputs the file is part of.
 */
@Repository
public class DropHolds {
    private final JdbcTemplate jdbc;

    public DropHolds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A program's runs held for one school year of a district: the files held, oldest first. */
    public record Held(String program, String schoolYear, List<Long> fileIds) {
        /** The file a run over the whole drop is started by: the newest held. */
        public long newest() {
            return fileIds.get(fileIds.size() - 1);
        }
    }

    /** Holds the program's run for the file; holding it again changes nothing. */
    public void hold(String districtId, String program, String year, long fileId) {
        jdbc.update("insert into drop_hold (district_id, program, school_year, file_id, held_at) select ?, ?, ?, ?, ? "
                        + "where not exists (select 1 from drop_hold where district_id = ? and program = ? and school_year = ? "
                        + "and file_id = ?)", districtId, program, year, fileId, Timestamp.from(Instant.now()),
                districtId, program, year, fileId);
    }

    /**
     * A run of the program for the year, started by the file {@code trigger}, read the year's inputs as they were then:
     * the holds of every file up to it end.
     */
    public void release(String districtId, String program, String year, long trigger) {
        jdbc.update("delete from drop_hold where district_id = ? and program = ? and school_year = ? and file_id <= ?",
                districtId, program, year, trigger);
    }

    /** The district's held runs, by program and year; a file no longer accepted (deleted, or rejected since) holds none. */
    public List<Held> of(String districtId) {
        Map<List<String>, List<Long>> held = new LinkedHashMap<>();
        jdbc.query("select h.program, h.school_year, h.file_id from drop_hold h join district_file f on f.id = h.file_id "
                        + "where h.district_id = ? and f.status = 'ACCEPTED' order by h.program, h.school_year, h.file_id",
                rs -> {
                    held.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(rs.getLong(3));
                }, districtId);
        List<Held> all = new ArrayList<>();
        held.forEach((key, ids) -> all.add(new Held(key.get(0), key.get(1), List.copyOf(ids))));
        return all;
    }

    /** The files held for one program and year of a district, oldest first. */
    public List<Long> files(String districtId, String program, String year) {
        return jdbc.queryForList("select h.file_id from drop_hold h join district_file f on f.id = h.file_id where h.district_id = ? "
                + "and h.program = ? and h.school_year = ? and f.status = 'ACCEPTED' order by h.file_id", Long.class, districtId, program, year);
    }
}
