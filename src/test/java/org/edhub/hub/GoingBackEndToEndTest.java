package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, going back: a district re-drops its previous good certification file to undo a bad one; it becomes the
 * current version again, its run saying so. The same bytes once more, now current, are a duplicate, told once.
 */
class GoingBackEndToEndTest extends HubTest {
    static final String CERTS = "inbound/tx-certifications/2018-2019/";

    @Test
    void anEarlierVersionDroppedAgainIsCurrentAgainAndTheCurrentOneAgainIsADuplicate() throws Exception {
        hub = new HubUnderTest(data).startHub();
        Path sample = TestFiles.list(Path.of("samples/tx/tx-certifications")).get(0);
        byte[] good = Files.readAllBytes(sample);
        hub.upload(DISTRICT_A, CERTS + "certs.csv", good);
        for (Path file : TestFiles.list(Path.of("samples/tx/tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        awaitRuns(3);
        hub.upload(DISTRICT_A, CERTS + "certs.csv", (new String(good) + "900000099,XYZ,8/1/2017,7/31/2022,\"Grades (6-12)\",SEC,CHE\r\n").getBytes());
        awaitRuns(4);

        hub.upload(DISTRICT_A, CERTS + "certs.csv", good);
        awaitRuns(5);
        long back = lastRun();
        assertThat(hub.db().queryForObject("select program || ' ' || status from run where id = ?", String.class, back))
                .startsWith("tx-pr1500 COMPLETED");
        assertThat(hub.db().queryForObject("select message from run_issue where run_id = ? and rule = 'HUB-CURRENT-AGAIN'",
                String.class, back)).contains("it is the current version again");
        assertThat(hub.db().queryForList("select f.sha256 from run_input i join district_file f on f.id = i.file_id "
                + "where i.run_id = ? and f.feed = 'tx-certifications'", String.class, back))
                .containsExactly(hub.db().queryForObject("select sha256 from district_file where id = (select min(id) from district_file)",
                        String.class));

        hub.upload(DISTRICT_A, CERTS + "certs.csv", good);
        awaitRuns(6);
        assertThat(hub.db().queryForObject("select program from run where id = ?", String.class, lastRun())).isEqualTo("hub");
        assertThat(hub.db().queryForList("select status from district_file where feed = 'tx-certifications' order by id", String.class))
                .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "DUPLICATE");
        Thread.sleep(3000);
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).as("told once, not on every poll").isEqualTo(6);
    }

    /** Waits for the runs, and for the district's copy to have left the inbox (a re-drop must not land on it). */
    private void awaitRuns(int n) {
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where finished_at is not null", Integer.class) >= n);
        Path inbox = hub.home(DISTRICT_A).resolve(CERTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (var left = Files.list(inbox)) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
    }

    private long lastRun() {
        return hub.db().queryForObject("select max(id) from run", Long.class);
    }
}
