package org.edhub.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.data.DataFolder;
import org.edhub.hub.data.Database;
import org.edhub.hub.ledger.DropPath;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.hub.web.runs.InputView;
import org.edhub.hub.web.runs.OutputView;
import org.edhub.hub.web.runs.RunQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs, their inputs, outputs and issues, the run before a run, and what the dashboard reads of them, on each database
 * ({@link RunStoreH2Test}, {@link RunStorePostgresTest}).
 */
abstract class RunStoreTests {
    static final String DISTRICT = "165";
    static final String PROGRAM = "ky-lead-validation";
    static final String YEAR = "2025-2026";

    @TempDir
    Path data;
    JdbcTemplate jdbc;
    FileLedger ledger;
    RunStore runs;
    RunHistory history;
    RunQueries queries;

    abstract Database database();

    @BeforeEach
    void migrate() {
        jdbc = new JdbcTemplate(database().migrated(data));
        DataFolder folder = new DataFolder(data);
        ledger = new FileLedger(jdbc, folder);
        runs = new RunStore(jdbc, folder, new HubInstance("a", data, data.resolve("tmp")));
        history = new RunHistory(jdbc, runs);
        queries = new RunQueries(jdbc, runs, folder);
    }

    @Test
    void aRunIsStartedProcessingAndFinishedWithItsCountsIssuesAndOutputs() {
        LedgerEntry file = file("staff.csv", "a");
        long id = runs.start(DISTRICT, PROGRAM, YEAR, file.id());
        assertThat(runs.get(id)).extracting(RunRecord::status, RunRecord::triggerFileId, RunRecord::finishedAt)
                .containsExactly(RunStatus.PROCESSING, file.id(), null);

        Issues issues = new Issues(new org.edhub.core.issue.IssueLimits(500, 1000)); // messages kept up to 5,000 characters
        issues.report(new Issue(Severity.ERROR, "KY-SIS-DATE", "staff.csv", 12L, "start_date", "13/13/2025", "not a date", "fix it"));
        issues.report(new Issue(Severity.WARNING, "KY-W", "staff.csv", null, null, null, "a warning", null));
        issues.report(new Issue(Severity.INFO, "KY-I", null, null, null, null, "x".repeat(5000), null));
        Path dir = data.resolve("runs").resolve(Long.toString(id));
        runs.finish(id, RunStatus.COMPLETED_WITH_ISSUES, issues, "done", dir, outputs(dir, "LEAD_Issues.csv", "LEAD_Report.csv"));

        RunRecord run = runs.get(id);
        assertThat(run).extracting(RunRecord::status, RunRecord::errors, RunRecord::warnings, RunRecord::infos, RunRecord::summary,
                RunRecord::outputDir).containsExactly(RunStatus.COMPLETED_WITH_ISSUES, 1, 1, 1, "done", dir);
        assertThat(run.finishedAt()).isNotNull();
        List<Issue> stored = runs.issues(id);
        assertThat(stored).extracting(Issue::rule).containsExactly("KY-SIS-DATE", "KY-W", "KY-I");
        assertThat(stored.get(0)).isEqualTo(issues.all().get(0));
        assertThat(stored.get(2).message()).hasSize(4000);
        assertThat(runs.ofDistrict(DISTRICT)).extracting(RunRecord::id).containsExactly(id);
    }

    @Test
    void runFoldersAndOutputsAreRecordedRelativeToTheDataFolder() {
        long id = runs.start(DISTRICT, PROGRAM, YEAR, null);
        Path dir = data.resolve("runs").resolve(Long.toString(id));
        runs.finish(id, RunStatus.COMPLETED, new Issues(), "done", dir, outputs(dir, "LEAD_Issues.csv"));

        assertThat(jdbc.queryForObject("select output_dir from run where id = ?", String.class, id)).isEqualTo("runs/" + id);
        assertThat(jdbc.queryForObject("select path from run_output where run_id = ?", String.class, id))
                .isEqualTo("runs/" + id + "/LEAD_Issues.csv");
        assertThat(queries.outputs(id)).containsExactly(new OutputView("LEAD_Issues.csv", dir.resolve("LEAD_Issues.csv")));
        assertThat(queries.output(id, "LEAD_Issues.csv")).isPresent();
        assertThat(queries.output(id, "other.csv")).isEmpty();
    }

    @Test
    void aRunReadsEachInputOnceInTheOrderOfTheLedger() {
        LedgerEntry a = file("staff.csv", "a");
        LedgerEntry b = file("sections.csv", "b");
        long id = runs.start(DISTRICT, PROGRAM, YEAR, b.id());
        runs.inputs(id, List.of(b.id(), a.id()));
        runs.inputs(id, List.of(a.id()));

        assertThat(queries.inputs(id)).extracting(InputView::id, InputView::name, InputView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), "staff.csv", "RECEIVED"),
                        org.assertj.core.groups.Tuple.tuple(b.id(), "sections.csv", "RECEIVED"));
    }

    @Test
    void aStopFailsTheRunsItInterrupted() {
        long interrupted = runs.start(DISTRICT, PROGRAM, YEAR, null);
        long finished = runs.start(DISTRICT, PROGRAM, YEAR, null);
        runs.finish(finished, RunStatus.COMPLETED, new Issues(), "done", null, Map.of());

        assertThat(runs.failInterrupted()).isEqualTo(1);
        assertThat(runs.get(interrupted).status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.get(interrupted).summary()).startsWith("Interrupted by a stop of the hub");
        assertThat(runs.get(finished).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aStopFailsOnlyTheRunsOfItsOwnInstanceAndAStoppedInstancesRunsAreFailedByName() {
        RunStore other = new RunStore(jdbc, new DataFolder(data), new HubInstance("b", data, data.resolve("tmp")));
        long mine = runs.start(DISTRICT, PROGRAM, YEAR, null);
        long theirs = other.start(DISTRICT, PROGRAM, YEAR, null);

        assertThat(runs.failInterrupted()).isEqualTo(1);
        assertThat(runs.get(mine).status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.get(theirs).status()).isEqualTo(RunStatus.PROCESSING);

        assertThat(runs.failInterruptedOf("b")).isEqualTo(1);
        assertThat(runs.get(theirs).status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.get(theirs).summary()).contains("hub instance b stopped during the run");
    }

    @Test
    void aRunIsComparedWithThePreviousOneThatComputedReports() {
        long first = finished(RunStatus.COMPLETED_WITH_ISSUES, "KY-A", "KY-B");
        finished(RunStatus.REJECTED, "KY-A");
        long onlyIssues = runs.start(DISTRICT, PROGRAM, YEAR, null);
        runs.finish(onlyIssues, RunStatus.COMPLETED, new Issues(), "done", null, outputs(data.resolve("runs/x"), "LEAD_Issues.csv"));
        long latest = finished(RunStatus.COMPLETED_WITH_ISSUES, "KY-B", "KY-C");

        var since = history.since(runs.get(latest)).orElseThrow();
        assertThat(since.previousRun()).isEqualTo(first);
        assertThat(since.fixed()).extracting(Issue::rule).containsExactly("KY-A");
        assertThat(since.added()).extracting(Issue::rule).containsExactly("KY-C");
        assertThat(history.since(runs.get(first))).isEmpty();
        assertThat(history.since(runs.get(onlyIssues))).isEmpty();
    }

    private long finished(RunStatus status, String... rules) {
        long id = runs.start(DISTRICT, PROGRAM, YEAR, null);
        Issues issues = new Issues();
        for (String rule : rules) issues.report(new Issue(Severity.ERROR, rule, "staff.csv", 1L, "f", "v", rule + " broken", null));
        Path dir = data.resolve("runs").resolve(Long.toString(id));
        runs.finish(id, status, issues, "done", dir, outputs(dir, "LEAD_Issues.csv", "LEAD_Report.csv"));
        return id;
    }

    private LedgerEntry file(String name, String sha) {
        return ledger.receive(DropPath.of(DISTRICT, "ky-sis/" + YEAR + "/" + name), 10, sha.repeat(64), null, 1, null).orElseThrow();
    }

    private static Map<String, Path> outputs(Path dir, String... names) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (String n : names) outputs.put(n, dir.resolve(n));
        return outputs;
    }
}
