package org.edhub.texas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, since the last run: a second drop that fixes two findings and adds one yields a mail that leads with
 * "2 fixed, 1 new", the rest still open, with the new and the fixed findings listed.
 */
class Pr1500SinceLastRunEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String ECOS = "099902_2018-2019_ECOS_certifications.csv";

    @Test
    void aSecondDropThatFixesTwoFindingsAndAddsOneSaysTwoFixedOneNewTheRestStillOpen() throws Exception {
        hub = new HubUnderTest(data).startHub();
        String certificates = Files.readString(SAMPLE.resolve("tx-certifications").resolve(ECOS));
        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + ECOS, certificates.getBytes());
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        String first = GreenMailUtil.getBody(hub.mail.getReceivedMessages()[0]);
        assertThat(first).as("a first run has nothing to compare with").doesNotContain("Since run");

        // Nancy Scott's unknown Cert Typ Code and Mark Evans's unreadable Grade Level corrected; a new unknown code
        String corrected = certificates.replace("900000020,XYZ,", "900000020,STD,")
                .replace("\"Grades (All Levels)\"", "\"Grades (EC-12)\"")
                + "900000024,QQQ,8/1/2017,7/31/2022,\"Grades (6-12)\",SEC,MTH\r\n";
        assertThat(corrected).isNotEqualTo(certificates).doesNotContain("XYZ").doesNotContain("All Levels");
        hub.upload(DISTRICT_A, "inbound/tx-certifications/2018-2019/" + ECOS, corrected.getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 2);

        Long firstRun = hub.db().queryForObject("select min(id) from run where program = 'tx-pr1500' and "
                + "(select count(*) from run_output o where o.run_id = run.id) > 1", Long.class);
        String second = GreenMailUtil.getBody(hub.mail.getReceivedMessages()[1]).replace("\r\n", "\n");
        assertThat(second).contains("Since run " + firstRun + " of ").contains(": 2 fixed, 1 new, 5 still open\n");
        String newList = second.substring(second.indexOf("\nNew:\n"), second.indexOf("\nFixed:\n"));
        assertThat(newList).contains("TX-PR1500-CERT-TYPE-UNKNOWN").contains("QQQ").doesNotContain("XYZ");
        String fixedList = second.substring(second.indexOf("\nFixed:\n"), second.indexOf("\nFixed:\n") + 600);
        assertThat(fixedList).contains("XYZ").contains("TX-PR1500-CERT-GRADE-LEVEL");
        assertThat(second.indexOf("Since run")).as("the mail leads with it").isLessThan(second.indexOf("Files read:"));

        Long secondRun = hub.db().queryForObject("select max(id) from run where program = 'tx-pr1500'", Long.class);
        String page = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar").get("/runs/" + secondRun).body();
        assertThat(page).contains("id=\"since-counts\">2 fixed, 1 new, 5 still open<");
        String fixedOnPage = page.substring(page.indexOf("id=\"since-fixed\""), page.indexOf("id=\"fix-first\""));
        assertThat(fixedOnPage).as("the fixed findings stay visible in this run").contains("XYZ").contains("TX-PR1500-CERT-GRADE-LEVEL");
        assertThat(page.indexOf("id=\"since\"")).as("the page leads with it").isLessThan(page.indexOf("id=\"fix-first\""));
    }
}
