package org.edhub.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.UnluckySmtpServer;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 5: mail at most once per run. A server that answers after 12 s gets the mail once (the hub waits
 * longer than that); a server that refuses for good (552) is not asked again, and the run page says MAIL FAILED.
 */
class MailOnceEndToEndTest extends HubTest {

    private void dropTexasSample() throws Exception {
        for (String feed : new String[] {"tx-certifications", "tx-peims"}) {
            for (Path file : TestFiles.list(Path.of("samples/tx").resolve(feed))) {
                hub.upload(DISTRICT_A, "inbound/" + feed + "/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    @Test
    void aSlowServerGetsTheMailOnce() throws Exception {
        try (UnluckySmtpServer slow = new UnluckySmtpServer(Duration.ofSeconds(12), "250 OK")) {
            hub = new HubUnderTest(data).with("edhub.mail.smtp-port", slow.port()).startHub();
            dropTexasSample();
            await().atMost(Duration.ofSeconds(120)).until(() -> slow.accepted.get() >= 1);
            Thread.sleep(3000); // several retry periods (500 ms in tests)
            assertThat(slow.sent.get()).as("sent once, not again while the server took its time").isEqualTo(1);
            assertThat(hub.db().queryForList("select status from mail_outbox", String.class)).containsExactly("SENT");
        }
    }

    @Test
    void aServerThatRefusesForGoodIsNotAskedAgainAndTheRunSaysMailFailed() throws Exception {
        try (UnluckySmtpServer refusing = new UnluckySmtpServer(Duration.ZERO, "552 5.3.4 Message too large")) {
            hub = new HubUnderTest(data).with("edhub.mail.smtp-port", refusing.port()).startHub();
            dropTexasSample();
            await().atMost(Duration.ofSeconds(90)).until(() -> hub.db().queryForObject(
                    "select count(*) from mail_outbox where status = 'FAILED'", Integer.class) == 1);
            Thread.sleep(3000); // several retry periods (500 ms in tests)
            assertThat(refusing.sent.get()).isEqualTo(1);
            assertThat(hub.db().queryForObject("select attempts from mail_outbox", Integer.class)).isEqualTo(1);
            long run = hub.db().queryForObject("select run_id from mail_outbox", Long.class);
            String page = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar").get("/runs/" + run).body();
            assertThat(page).contains("id=\"mail-status\"").contains("MAIL FAILED").contains("552");
        }
    }
}
