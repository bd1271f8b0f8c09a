package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.edhub.TestFiles;
import org.edhub.hub.data.DataFolder;
import org.edhub.hub.retention.Retention;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Retention (issue 13, item 6): the Texas sample is of 2018-2019, long past the school year plus one year. Once the
 * retention has run, the kept inputs (they hold SSNs) and the run folders are gone, their ledger and run rows stay
 * marked purged, and the run page says so instead of offering a replay.
 */
class RetentionEndToEndTest extends HubTest {
    @Test
    void keptInputsAndRunFoldersOfAYearPastTheRetentionAreDeletedAndTheRunPageSaysSo() throws Exception {
        hub = new HubUnderTest(data).with("edhub.retention.enabled", "true").startHub();
        for (String feed : List.of("tx-certifications", "tx-peims")) {
            for (Path file : TestFiles.list(Path.of("samples/tx").resolve(feed))) {
                hub.upload(DISTRICT_A, "inbound/" + feed + "/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        String completed = "select max(id) from run where program = 'tx-pr1500' and status like 'COMPLETED%'";
        await().atMost(Duration.ofSeconds(90)).until(() -> hub.db().queryForObject(completed, Long.class) != null);
        long run = hub.db().queryForObject(completed, Long.class);
        DataFolder folder = hub.bean(DataFolder.class);
        List<Path> kept = hub.db().queryForList("select kept_path from district_file where district_id = ?", String.class, DISTRICT_A)
                .stream().map(folder::resolve).toList();
        Path runFolder = folder.resolve(hub.db().queryForObject("select output_dir from run where id = ?", String.class, run));
        assertThat(kept).hasSize(3).allMatch(Files::exists);
        assertThat(runFolder).isDirectory();
        WebSession coordinator = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar");
        assertThat(coordinator.get("/runs/" + run).body()).contains("Replay this run").doesNotContain("id=\"purged\"");

        assertThat(hub.bean(Retention.class).purge()).isPositive();

        assertThat(kept).noneMatch(Files::exists);
        assertThat(runFolder).doesNotExist();
        List<Map<String, Object>> files = hub.db().queryForList("select status, purged_at from district_file where district_id = ?",
                DISTRICT_A);
        assertThat(files).as("the ledger's rows stay, marked purged").hasSize(3)
                .allSatisfy(f -> assertThat(f.get("PURGED_AT")).isNotNull()).allSatisfy(f -> assertThat(f.get("STATUS")).isEqualTo("ACCEPTED"));
        assertThat(hub.db().queryForObject("select count(*) from run where purged_at is null and output_dir is not null", Integer.class))
                .isZero();
        String page = coordinator.get("/runs/" + run).body();
        assertThat(page).contains("id=\"purged\"").contains("under the retention").doesNotContain("Replay this run");
        assertThat(hub.bean(Retention.class).purge()).as("nothing left to delete").isZero();
    }
}
