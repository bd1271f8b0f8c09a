package org.edhub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edhub.hub.web.DashboardUnderTest.ADMIN;
import static org.edhub.hub.web.DashboardUnderTest.KY;
import static org.edhub.hub.web.DashboardUnderTest.OTHER_TX;
import static org.edhub.hub.web.DashboardUnderTest.TX;
import static org.edhub.hub.web.DashboardUnderTest.TX_USER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.hub.run.RunStore;
import org.edhub.hub.web.runs.OutputView;
import org.edhub.hub.web.runs.RunQueries;
import org.junit.jupiter.api.Test;

/** Replay over the real hub, and every page rendered for an administrator. */
class ReplayAndAdminTest extends DashboardTest {
    @Test
    void replayOfACompletedRunMakesANewRunWithTheSameOutputs() throws IOException {
        WebSession tx = WebSession.signedIn(hub, TX_USER);
        var response = tx.post("/runs/" + txRun + "/replay", tx.csrf("/runs/" + txRun), "");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
        long replayed = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(replayed).isGreaterThan(txRun);

        RunStore runs = hub.bean(RunStore.class);
        assertThat(runs.get(replayed).program()).as("recorded at once, carried out in the background").isEqualTo("tx-pr1500");
        awaitFinished(runs, replayed);
        assertThat(runs.get(replayed).status()).isEqualTo(runs.get(txRun).status());
        assertThat(runs.get(replayed).outputDir()).isNotEqualTo(runs.get(txRun).outputDir());
        RunQueries queries = hub.bean(RunQueries.class);
        assertThat(queries.inputs(replayed)).isEqualTo(queries.inputs(txRun));
        List<OutputView> before = queries.outputs(txRun);
        List<OutputView> after = queries.outputs(replayed);
        assertThat(after).extracting(OutputView::name).isEqualTo(before.stream().map(OutputView::name).toList());
        for (OutputView o : before) {
            if (!o.name().endsWith(".csv")) continue;
            Path again = after.stream().filter(a -> a.name().equals(o.name())).findFirst().orElseThrow().path();
            assertThat(Files.readString(again)).as(o.name()).isEqualTo(Files.readString(o.path()));
        }
        assertThat(tx.get(location).body()).contains("Run " + replayed);
    }

    /**
     * Issue 12, item 13: three replays asked for at once are recorded at once and run in the background, each
     * delivering under temporary names of its own, one run at a time per outbound folder: none fails to deliver.
     */
    @Test
    void threeReplaysAtOnceAllFinishAndDeliver() throws IOException {
        WebSession tx = WebSession.signedIn(hub, TX_USER);
        String csrf = tx.csrf("/runs/" + txRun);
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> tx.post("/runs/" + txRun + "/replay", csrf, "")));
        }
        List<Long> replays = new java.util.ArrayList<>();
        for (var post : posts) {
            var response = post.join();
            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            replays.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        }
        RunStore runs = hub.bean(RunStore.class);
        for (long r : replays) {
            awaitFinished(runs, r);
            assertThat(runs.get(r).status()).isEqualTo(runs.get(txRun).status());
        }
        Path mail = hub.dataDir.resolve("mail");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try (var files = Files.list(mail)) {
                return files.count() >= 4;
            }
        });
        try (var files = Files.list(mail)) {
            for (Path eml : files.toList()) assertThat(Files.readString(eml)).as(eml.toString()).doesNotContain("could not be put in");
        }
    }

    private static void awaitFinished(RunStore runs, long run) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> runs.get(run).finishedAt() != null);
    }

    @Test
    void aRunWithoutKeptInputsOffersNoReplay() {
        WebSession admin = WebSession.signedIn(hub, ADMIN);
        assertThat(admin.get("/runs/" + leadRun).body()).doesNotContain("id=\"replay\"").contains("cannot be replayed");
        assertThat(admin.post("/runs/" + leadRun + "/replay", admin.csrf("/"), "").statusCode()).isEqualTo(409);
    }

    @Test
    void aReplayWithoutTheCsrfTokenIsRefused() {
        WebSession tx = WebSession.signedIn(hub, TX_USER);
        int before = hub.db().queryForObject("select count(*) from run", Integer.class);
        assertThat(tx.post("/runs/" + txRun + "/replay", "forged", "").statusCode()).isEqualTo(403);
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).isEqualTo(before);
    }

    @Test
    void everyPageRendersForAnAdministrator() {
        WebSession admin = WebSession.signedIn(hub, ADMIN);
        Map<String, List<String>> pages = Map.ofEntries(
                Map.entry("/", List.of("Lone Star Sample ISD", "Pecos Valley ISD", "Harlan Valley Independent")),
                Map.entry("/districts/" + TX, List.of("tx-pr1500", "2018-2019", "ESSA snapshot date", "Tue 2018-10-02")),
                Map.entry("/districts/" + OTHER_TX, List.of("No runs yet")),
                Map.entry("/districts/" + KY, List.of("ky-lead-validation")),
                Map.entry("/districts/" + KY + "?year=2025-2026", List.of("id=\"year-deadlines\"", "EERP initial upload",
                        "Wed 2025-10-01", "LEAD reporting", "Sat 2025-11-15")),
                Map.entry("/runs/" + txRun, List.of("099902_2018-2019_ECOS_certifications.csv", "PR1500_Part2.xlsx", "Replay this run")),
                Map.entry("/runs/" + txRun + "/issues", List.of("TX-PR1500-SERVICE-ID-UNMAPPED")),
                Map.entry("/runs/" + txRun + "/pr1500/elementary", List.of("data-campus=\"099902101\"", "Generalist", "Total")),
                Map.entry("/runs/" + txRun + "/pr1500/secondary", List.of("PR1500 Part 2: <span>Secondary")),
                Map.entry("/runs/" + leadRun, List.of("LEAD Courses", "LEAD Case Load", "LEAD Munis")),
                Map.entry("/runs/" + leadRun + "/issues", List.of("KY-LEAD-COURSE-INVALID-EPSB-ID")),
                Map.entry("/runs/" + leadRun + "/lead/courses", List.of("Algebra I", "Harlan Valley High")),
                Map.entry("/runs/" + leadRun + "/lead/caseload", List.of("No Case Manager Assigned", "Combs")),
                Map.entry("/runs/" + leadRun + "/lead/munis", List.of("Cleared (Manual clearance)", "Invalid EPSB ID")));
        pages.forEach((path, texts) -> {
            var response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains(texts);
        });
    }

    @Test
    void unknownRunsAndReportsAre404() {
        WebSession admin = WebSession.signedIn(hub, ADMIN);
        for (String p : List.of("/runs/99999", "/runs/" + leadRun + "/lead/nothing", "/runs/" + txRun + "/outputs/nothing.csv",
                "/runs/" + txRun + "/lead/courses", "/runs/" + leadRun + "/lead/courses/export.pdf")) {
            assertThat(admin.get(p).statusCode()).as(p).isEqualTo(404);
        }
    }

    @Test
    void theFilteredLeadTableDownloadsAsCsvAndExcel() {
        WebSession admin = WebSession.signedIn(hub, ADMIN);
        String csv = admin.get("/runs/" + leadRun + "/lead/courses/export.csv?school=020&category=Out+of+Field").body();
        assertThat(csv.lines()).hasSize(1 + LeadFixture.courses(hub.dataDir, leadRun, "020", "Out of Field"));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("End Year,District Number,School Number,School Name,Section ID").contains("Teaching Method")
                .doesNotContain("SSN");
        assertThat(csv).contains("ENG 101", "Algebra I").doesNotContain("Resource Reading");
        var xlsx = admin.bytes("/runs/" + leadRun + "/lead/courses/export.xlsx?category=Error");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("LEAD_Course_Validations_run" + leadRun + ".xlsx");
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
    }
}
