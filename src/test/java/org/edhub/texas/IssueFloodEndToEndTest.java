package org.edhub.texas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, issue floods and long lines: a certification file of one good row and 200,000 one-column rows is rejected with one
 * error and a small mail, and never becomes the year's file; a file with a flood of one rule among good rows keeps
 * 500 issues of it and one summary of the rest.
 */
class IssueFloodEndToEndTest extends HubTest {
    static final Path SAMPLE = Path.of("samples/tx");
    static final String CERTS = "inbound/tx-certifications/2018-2019/";

    @Test
    void aMostlyBadFileIsRejectedAndAFloodOfOneRuleIsCapped() throws Exception {
        hub = new HubUnderTest(data).startHub();
        Path good = TestFiles.list(SAMPLE.resolve("tx-certifications")).get(0);
        hub.upload(DISTRICT_A, CERTS + good.getFileName(), Files.readAllBytes(good));
        for (Path file : TestFiles.list(SAMPLE.resolve("tx-peims"))) {
            hub.upload(DISTRICT_A, "inbound/tx-peims/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 1);
        long goodFile = hub.db().queryForObject("select id from district_file where name = ?", Long.class, good.getFileName().toString());

        StringBuilder flood = new StringBuilder("900000001,STD,6/1/2016,5/31/2021,\"Grades (6-12)\",SEC,ENG\n");
        for (int i = 0; i < 200_000; i++) flood.append("x\n");
        hub.upload(DISTRICT_A, CERTS + "flood.csv", flood.toString().getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 2);
        MimeMessage rejected = hub.mail.getReceivedMessages()[1];
        assertThat(rejected.getSubject()).contains("REJECTED");
        assertThat(size(rejected)).as("a small mail").isLessThan(50_000);
        assertThat(hub.db().queryForObject("select status from district_file where name = 'flood.csv'", String.class)).isEqualTo("REJECTED");
        assertThat(hub.db().queryForObject("select count(*) from run_issue where run_id = (select max(id) from run)", Integer.class))
                .isLessThan(10);

        // one good certificate row per bad one is not mostly bad: used, its 1,000 bad rows capped at 500 and a summary
        StringBuilder half = new StringBuilder(Files.readString(good));
        for (int i = 0; i < 1000; i++) half.append("90000").append(String.format("%04d", i)).append(",STD,6/1/2016,5/31/2021,\"Grades (6-12)\",SEC,ENG\n");
        for (int i = 0; i < 1000; i++) half.append("x\n");
        hub.upload(DISTRICT_A, CERTS + "half.csv", half.toString().getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= 3);
        long run = hub.db().queryForObject("select max(id) from run where program = 'tx-pr1500'", Long.class);
        assertThat(hub.db().queryForObject("select count(*) from run_issue where run_id = ? and rule = 'TX-CERT-COLUMNS'",
                Integer.class, run)).isEqualTo(501);
        assertThat(hub.db().queryForObject("select message from run_issue where run_id = ? and field = '(not listed)'",
                String.class, run)).startsWith("500 more TX-CERT-COLUMNS finding(s) in half.csv are not listed");
        assertThat(hub.db().queryForObject("select count(*) from run_input where run_id = ? and file_id = ?", Integer.class,
                run, goodFile)).as("half.csv replaced the good file; the flood never did").isZero();
        assertThat(hub.db().queryForList("select f.name from run_input i join district_file f on f.id = i.file_id "
                + "where i.run_id = ? and f.feed = 'tx-certifications'", String.class, run)).containsExactly("half.csv");

        // the issues page shows a finding's rows a hundred at a time
        WebSession coordinator = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar");
        String first = finding(coordinator.get("/runs/" + run + "/issues").body(), "TX-CERT-COLUMNS");
        assertThat(first).contains("Rows <span>1-100</span>").contains("of <span>501</span>");
        assertThat(first.split("<tr>", -1).length - 2).as("rows shown").isEqualTo(100);
        String last = finding(coordinator.get("/runs/" + run + "/issues?rule=TX-CERT-COLUMNS&page=6").body(), "TX-CERT-COLUMNS");
        assertThat(last).contains("Rows <span>501-501</span>").doesNotContain("class=\"next-page\"").contains("open");
        assertThat(last.split("<tr>", -1).length - 2).isEqualTo(1);
    }

    /** Issue 12, item 9: a line of a million columns is rejected naming its row, not held whole; other files flow. */
    @Test
    void aLineFarLongerThanARowIsRejectedWithItsRow() throws Exception {
        hub = new HubUnderTest(data).startHub();
        String wide = "900000001,STD,6/1/2016,5/31/2021,\"Grades (6-12)\",SEC,ENG\n" + ",".repeat(1_000_000) + "\n";
        hub.upload(DISTRICT_A, CERTS + "wide.csv", wide.getBytes());
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from district_file where name = 'wide.csv' and status = 'REJECTED'", Integer.class) == 1);
        long run = hub.db().queryForObject("select max(id) from run", Long.class);
        assertThat(hub.db().queryForObject("select message from run_issue where run_id = ? and rule = 'HUB-LINE-TOO-LONG'",
                String.class, run)).isEqualTo("wide.csv line 2 is longer than 100000 characters; a row of this file is a few hundred");
        assertThat(hub.db().queryForObject("select row_no from run_issue where run_id = ? and rule = 'HUB-LINE-TOO-LONG'",
                Long.class, run)).isEqualTo(2L);
    }

    /** The finding's part of the issues page. */
    private static String finding(String page, String rule) {
        int start = page.indexOf("id=\"rule-" + rule + "\"");
        return page.substring(page.lastIndexOf("<details", start), page.indexOf("</details>", start));
    }

    private static int size(MimeMessage m) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.writeTo(bytes);
        return bytes.size();
    }
}
