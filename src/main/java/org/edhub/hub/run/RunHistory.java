package org.edhub.hub.run;

import java.util.List;
import java.util.Optional;

import org.edhub.core.issue.SinceLastRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run against the one before it: the previous run of the same program, district and school year that computed its
 * reports (completed, with outputs besides its issue report), and what changed in their findings.
 */
@Repository
public class RunHistory {
    private final JdbcTemplate jdbc;
    private final RunStore runs;

    public RunHistory(JdbcTemplate jdbc, RunStore runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** The comparison with the previous run; empty for a first run, or a run that computed no reports itself. */
    public Optional<SinceLastRun> since(RunRecord run) {
        if (!computedReports(run.id())) return Optional.empty();
        List<Long> previous = jdbc.queryForList("select id from run r where district_id = ? and program = ? and school_year = ? "
                        + "and id < ? and status in ('COMPLETED', 'COMPLETED_WITH_ISSUES') "
                        + "and (select count(*) from run_output o where o.run_id = r.id) > 1 order by id desc",
                Long.class, run.districtId(), run.program(), run.schoolYear(), run.id());
        if (previous.isEmpty()) return Optional.empty();
        RunRecord before = runs.get(previous.get(0));
        return Optional.of(SinceLastRun.compare(before.id(), before.startedAt(), runs.issues(before.id()), runs.issues(run.id())));
    }

    private boolean computedReports(long runId) {
        Integer outputs = jdbc.queryForObject("select count(*) from run_output where run_id = ?", Integer.class, runId);
        return outputs != null && outputs > 1;
    }

}
