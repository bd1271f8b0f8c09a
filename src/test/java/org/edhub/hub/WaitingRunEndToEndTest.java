package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a run that waits for its other inputs is WAITING, not a green COMPLETED, and says which inputs it waits
 * for, on its page, in the district's list of runs and in its mail when it sends one; the file that completes the
 * inputs runs the program.
 */
class WaitingRunEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String STUDENTS = "the student enrollment interchange (40110 StudentSchoolAssociationExtension records) in tx-peims";

    @Test
    void aDropMissingItsPartnerFileWaitsForItUntilItArrives() throws Exception {
        hub = new HubUnderTest(data).startHub();
        drop("tx-certifications/099902_2018-2019_ECOS_certifications.csv");
        drop("tx-peims/099902_2019_Fall_StaffAssociation.xml");
        awaitFiles(2);

        List<Map<String, Object>> runs = hub.db().queryForList("select id, status, summary from run order by id");
        assertThat(runs).extracting(r -> r.get("STATUS")).containsExactly("WAITING", "WAITING");
        long waiting = (Long) runs.get(1).get("ID");
        assertThat((String) runs.get(1).get("SUMMARY")).startsWith("WAITING for " + STUDENTS + ": no reports until then");
        assertThat(hub.db().queryForList("select cell from run_issue where run_id = ? and rule = 'HUB-WAITING'", String.class, waiting))
                .containsExactly(STUDENTS);
        assertThat(hub.db().queryForObject("select count(*) from mail_outbox", Integer.class))
                .as("checks that found nothing to fix send no mail").isZero();

        WebSession coordinator = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar");
        String page = coordinator.get("/runs/" + waiting).body();
        assertThat(page).contains("status status-WAITING").doesNotContain("status-COMPLETED")
                .contains("Waiting for").contains("<li>" + STUDENTS + "</li>");
        assertThat(coordinator.get("/districts/" + DISTRICT_A + "?year=2018-2019").body()).contains("status status-WAITING")
                .doesNotContain("status-COMPLETED");

        drop("tx-peims/099902_2019_Fall_StudentEnrollment.xml");
        awaitFiles(3);
        assertThat(hub.db().queryForObject("select status from run order by id desc limit 1", String.class))
                .isEqualTo("COMPLETED_WITH_ISSUES");
        List<MimeMessage> mails = awaitMails(1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("COMPLETED_WITH_ISSUES");
        assertThat(GreenMailUtil.getBody(mails.get(0))).doesNotContain("Waiting for");
    }

    @Test
    void aWaitingCheckThatFoundSomethingToFixSaysInItsMailWhatItWaitsFor() throws Exception {
        hub = new HubUnderTest(data).startHub();
        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/ecos.csv",
                ("123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE\n"
                        + "123456444,STD,12/17/2013,13/31/2019,Grades (6-12),SEC,BED\n").getBytes(StandardCharsets.UTF_8));
        awaitFiles(1);

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(mail.getSubject()).endsWith(": WAITING");
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n"))
                .contains("Status: WAITING").contains("Waiting for:\n  - a file in inbound/tx-peims/2018-2019/\n")
                .contains("TX-CERT-EXPIRE");
        assertThat(hub.db().queryForObject("select summary from run", String.class))
                .isEqualTo("WAITING for a file in inbound/tx-peims/2018-2019/: no reports until then, 1 error(s), 0 warning(s), "
                        + "1 for information");
    }

    private void drop(String sampleFile) throws Exception {
        hub.upload(DISTRICT_A, "inbound/" + sampleFile.replace("/", "/2018-2019/"), Files.readAllBytes(SAMPLE.resolve(sampleFile)));
    }

    /** Waits until the hub has finished with this many files (runs, delivery and mail queued). */
    private void awaitFiles(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from district_file where status <> 'RECEIVED'", Integer.class) == count);
    }

    private List<MimeMessage> awaitMails(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.mail.getReceivedMessages().length >= count);
        return List.of(hub.mail.getReceivedMessages());
    }
}
