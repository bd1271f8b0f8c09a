package org.edhub.hub.web.runs;

import java.util.List;
import java.util.Optional;

import org.edhub.core.issue.Issue;
import org.edhub.hub.data.DataFolder;
import org.edhub.hub.run.RunStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the dashboard reads about a run beyond {@link org.edhub.hub.run.RunStore}: its inputs, outputs and issues. */
@Repository
public class RunQueries {
    private final JdbcTemplate jdbc;
    private final RunStore runs;
    private final DataFolder data;

    public RunQueries(JdbcTemplate jdbc, RunStore runs, DataFolder data) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.data = data;
    }

    public List<InputView> inputs(long runId) {
        return jdbc.query("select f.id, f.feed, f.name, f.size_bytes, f.sha256, f.received_at, f.status from run_input i "
                        + "join district_file f on f.id = i.file_id where i.run_id = ? order by f.id",
                (r, n) -> new InputView(r.getLong("id"), r.getString("feed"), r.getString("name"), r.getLong("size_bytes"),
                        r.getString("sha256"), r.getTimestamp("received_at").toInstant(), r.getString("status")), runId);
    }

    public List<OutputView> outputs(long runId) {
        return jdbc.query("select name, path from run_output where run_id = ? order by name",
                (r, n) -> new OutputView(r.getString("name"), data.resolve(r.getString("path"))), runId);
    }

    public Optional<OutputView> output(long runId, String name) {
        return outputs(runId).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** Every issue of a run as found, its value and message masked where they hold a Social Security number. */
    public List<Issue> issues(long runId) {
        return runs.issues(runId);
    }
}
