package org.edhub.hub.run;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.data.DataFolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Runs, their inputs, outputs and issues; run folders and outputs recorded relative to the data folder. */
@Repository
public class RunStore {
    private final JdbcTemplate jdbc;
    private final DataFolder data;
    private final HubInstance instance;

    public RunStore(JdbcTemplate jdbc, DataFolder data, HubInstance instance) {
        this.jdbc = jdbc;
        this.data = data;
        this.instance = instance;
    }

    public long start(String districtId, String program, String year, Long triggerFileId) {
        Map<String, Object> run = new HashMap<>();
        run.put("district_id", districtId);
        run.put("program", program);
        run.put("school_year", year);
        run.put("status", RunStatus.PROCESSING.name());
        run.put("trigger_file_id", triggerFileId);
        run.put("started_at", Timestamp.from(Instant.now()));
        run.put("instance_name", instance.name());
        return new SimpleJdbcInsert(jdbc).withTableName("run").usingColumns(run.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(run).longValue();
    }

    public void inputs(long runId, List<Long> fileIds) {
        fileIds.forEach(id -> jdbc.update("insert into run_input (run_id, file_id) select ?, ? where not exists "
                + "(select 1 from run_input where run_id = ? and file_id = ?)", runId, id, runId, id));
    }

    /** Ends a run: its status, issue counts, issues and outputs, in one transaction. */
    @Transactional
    public void finish(long runId, RunStatus status, Issues issues, String summary, Path outputDir, Map<String, Path> outputs) {
        Map<Severity, Long> counts = issues.countsBySeverity();
        jdbc.update("update run set status = ?, finished_at = ?, errors = ?, warnings = ?, infos = ?, summary = ?, output_dir = ? "
                        + "where id = ?", status.name(), Timestamp.from(Instant.now()), counts.get(Severity.ERROR),
                counts.get(Severity.WARNING), counts.get(Severity.INFO), summary, outputDir == null ? null : data.stored(outputDir), runId);
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (Issue i : issues.all()) {
            rows.add(new Object[]{runId, ++seq, i.severity().name(), i.rule(), i.file(), i.row(), cut(i.field(), 255),
                    cut(i.value(), 1024), cut(i.message(), 4000), cut(i.fix(), 4000)});
        }
        jdbc.batchUpdate("insert into run_issue (run_id, seq, severity, rule, file, row_no, field, cell, message, fix) "
                + "values (?,?,?,?,?,?,?,?,?,?)", rows);
        outputs.forEach((name, path) -> jdbc.update("insert into run_output (run_id, name, path) values (?,?,?)",
                runId, name, data.stored(path)));
    }

    /**
     * This instance's runs its last stop interrupted (and those of a hub before runs had an owner): they did not
     * finish, and their files are read again when picked up.
     */
    public int failInterrupted() {
        return jdbc.update("update run set status = 'FAILED', finished_at = ?, summary = 'Interrupted by a stop of the hub; "
                        + "the files are read again when picked up' where status in ('RECEIVED', 'PROCESSING') "
                        + "and (instance_name = ? or instance_name is null)", Timestamp.from(Instant.now()), instance.name());
    }

    /** How many runs this instance has in progress. */
    public int inProgress() {
        return jdbc.queryForObject("select count(*) from run where status in ('RECEIVED', 'PROCESSING') and instance_name = ?",
                Integer.class, instance.name());
    }

    /** The runs in progress of another instance, which has stopped: failed as interrupted, their files read again. */
    public int failInterruptedOf(String stoppedInstance) {
        return jdbc.update("update run set status = 'FAILED', finished_at = ?, summary = ? where status in ('RECEIVED', 'PROCESSING') "
                        + "and instance_name = ?", Timestamp.from(Instant.now()), "Interrupted: hub instance " + stoppedInstance
                        + " stopped during the run; the files are read again by the instance that takes over the district",
                stoppedInstance);
    }

    public RunRecord get(long id) {
        return jdbc.queryForObject("select * from run where id = ?", this::map, id);
    }

    /** Every issue of a run as found; an issue masks its value and message where they hold an SSN (rows stored before too). */
    public List<Issue> issues(long runId) {
        return jdbc.query("select severity, rule, file, row_no, field, cell, message, fix from run_issue where run_id = ? "
                        + "order by seq",
                (r, n) -> new Issue(Severity.valueOf(r.getString("severity")), r.getString("rule"), r.getString("file"),
                        r.getObject("row_no", Long.class), r.getString("field"), r.getString("cell"),
                        r.getString("message"), r.getString("fix")), runId);
    }

    public List<RunRecord> ofDistrict(String districtId) {
        return jdbc.query("select * from run where district_id = ? order by id", this::map, districtId);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private RunRecord map(ResultSet r, int row) throws SQLException {
        Timestamp finished = r.getTimestamp("finished_at");
        String out = r.getString("output_dir");
        return new RunRecord(r.getLong("id"), r.getString("district_id"), r.getString("program"), r.getString("school_year"),
                RunStatus.valueOf(r.getString("status")), r.getObject("trigger_file_id", Long.class),
                r.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                r.getInt("errors"), r.getInt("warnings"), r.getInt("infos"), r.getString("summary"),
                out == null ? null : data.resolve(out));
    }
}
