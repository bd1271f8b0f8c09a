package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;
import static org.edhub.hub.HubUnderTest.DISTRICT_B;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The Texas certification feed through the real parts: files put over SFTP into the embedded server, the hub
 * polling it, H2 on disk, mail through GreenMail.
 */
class CertificationFeedEndToEndTest extends HubTest {
    static final String CERTS = "inbound/tx-certifications/2018-2019/";
    /** Rows 1 and 2 are good; row 3 has a bad Expire Date; row 4 has six columns. */
    static final String ECOS = """
            123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
            1234567890,STD,12/17/2013,1/31/2019,Grades (6-12),SEC,BED
            123456444,STD,12/17/2013,13/31/2019,Grades (6-12),SEC,BED
            123456555,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF
            """;

    @Test
    void aCertificationFileIsLedgeredArchivedReportedAndMailedOnce() throws Exception {
        hub = new HubUnderTest(data).startHub();
        hub.upload(DISTRICT_A, CERTS + "ecos_2018.csv", ECOS.getBytes(StandardCharsets.UTF_8));

        Map<String, Object> file = awaitFile(DISTRICT_A, "ACCEPTED");
        assertThat(file).containsEntry("NAME", "ecos_2018.csv").containsEntry("FEED", "tx-certifications")
                .containsEntry("SCHOOL_YEAR", "2018-2019").containsEntry("SIZE_BYTES", (long) ECOS.length());
        assertThat((String) file.get("SHA256")).hasSize(64);
        assertThat(file.get("RUN_ID")).isNotNull();

        Path archive = hub.home(DISTRICT_A).resolve(CERTS + ".archive");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestFiles.list(archive).size() == 1);
        assertThat(TestFiles.list(archive).get(0).getFileName().toString()).matches("\\d{8}T\\d{6}-ecos_2018\\.csv");
        assertThat(hub.home(DISTRICT_A).resolve(CERTS + "ecos_2018.csv")).doesNotExist();

        Path report = hub.home(DISTRICT_A).resolve("outbound/2018-2019/PR1500_Issues.csv");
        assertThat(report).exists();
        assertThat(Files.readAllLines(report)).hasSize(4)
                .anySatisfy(l -> assertThat(l).startsWith("INFO,HUB-WAITING,,,waiting for,a file in inbound/tx-peims/2018-2019/,"
                        + "tx-pr1500 waits for a file in inbound/tx-peims/2018-2019/"))
                .anySatisfy(l -> assertThat(l).startsWith("ERROR,TX-CERT-EXPIRE,ecos_2018.csv,3,Expire Date,13/31/2019,"))
                .anySatisfy(l -> assertThat(l).startsWith("ERROR,TX-CERT-COLUMNS,ecos_2018.csv,4,"));
        assertThat(hub.db().queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'tx_certificate'",
                Integer.class)).as("certificate rows (with SSNs) are not copied into the database").isZero();

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("coordinator@lonestar.example");
        assertThat(mail.getSubject()).contains(DISTRICT_A).contains("WAITING");
        assertThat(attachmentNames(mail)).containsExactly("PR1500_Issues.csv");
        String raw = raw(mail);
        assertThat(raw).contains("TX-CERT-EXPIRE").contains("Fix: Write the Expire Date as M/D/YYYY")
                .doesNotContain("123456444").doesNotContain("123456555").doesNotContain("123456111");
        Thread.sleep(1500);
        assertThat(hub.mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theSameBytesDroppedTwiceAreProcessedOnceAcrossARestart() throws Exception {
        hub = new HubUnderTest(data).startHub();
        hub.upload(DISTRICT_A, CERTS + "ecos.csv", ECOS.getBytes(StandardCharsets.UTF_8));
        awaitFile(DISTRICT_A, "ACCEPTED");
        awaitMails(1);

        hub.stopHub();
        hub.startHub();
        hub.upload(DISTRICT_A, CERTS + "ecos-again.csv", ECOS.getBytes(StandardCharsets.UTF_8));

        awaitFile(DISTRICT_A, "DUPLICATE");
        assertThat(hub.db().queryForObject("select count(*) from run where program = 'tx-pr1500'", Integer.class)).isEqualTo(1);
        assertThat(hub.db().queryForList("select status from district_file order by id", String.class))
                .containsExactly("ACCEPTED", "DUPLICATE");
        List<MimeMessage> mails = awaitMails(2);
        assertThat(raw(mails.get(1))).contains("HUB-DUPLICATE").contains("same bytes as ecos.csv");
        await().until(() -> TestFiles.list(hub.home(DISTRICT_A).resolve(CERTS + ".archive")).size() == 2);
    }

    @Test
    void aFileStillGrowingIsNotPickedUpUntilItHasSettled() throws Exception {
        hub = new HubUnderTest(data).startHub();
        byte[] row = "123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE\n".getBytes(StandardCharsets.UTF_8);
        int rows = 0;
        try (HubUnderTest.SftpSession s = hub.sftpSession(DISTRICT_A); OutputStream out = s.sftp().write(CERTS + "slow.csv")) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                out.write(row);
                out.flush();
                rows++;
                Thread.sleep(250);
                assertThat(ledgerCount()).as("nothing read while the file grows").isZero();
            }
        }
        Map<String, Object> file = awaitFile(DISTRICT_A, "ACCEPTED");
        assertThat(file).containsEntry("SIZE_BYTES", (long) rows * row.length);
        assertThat(ledgerCount()).isEqualTo(1);
    }

    @Test
    void aMalformedFileIsRejectedWhileAnotherDistrictsGoodFileCompletes() throws Exception {
        hub = new HubUnderTest(data).startHub();
        String xml = "<?xml version=\"1.0\"?>\n<InterchangeStaffAssociation xmlns=\"http://www.tea.state.tx.us/tsds\">\n"
                + "</InterchangeStaffAssociation>\n";
        hub.upload(DISTRICT_A, CERTS + "certs.csv", xml.getBytes(StandardCharsets.UTF_8));
        hub.upload(DISTRICT_B, CERTS + "certs.csv", ECOS.getBytes(StandardCharsets.UTF_8));

        Map<String, Object> rejected = awaitFile(DISTRICT_A, "REJECTED");
        assertThat((String) rejected.get("MESSAGE")).startsWith("REJECTED");
        awaitFile(DISTRICT_B, "ACCEPTED");
        await().until(() -> TestFiles.list(hub.home(DISTRICT_A).resolve(CERTS + ".rejected")).size() == 1);
        assertThat(hub.home(DISTRICT_B).resolve("outbound/2018-2019/PR1500_Issues.csv")).exists();

        List<MimeMessage> mails = awaitMails(2);
        MimeMessage toA = mails.stream().filter(m -> recipient(m).equals("coordinator@lonestar.example")).findFirst().orElseThrow();
        assertThat(toA.getSubject()).contains("REJECTED");
        assertThat(raw(toA)).contains("TX-CERT-UNREADABLE").contains("certs.csv: No certificate row in the file; the first problem: Row 1 has 1 column; a certification row has 7");
        assertThat(mails).anySatisfy(m -> assertThat(recipient(m)).isEqualTo("coordinator@pecos.example"));
    }

    @Test
    void mailIsKeptWhileTheMailServerIsDownAndSentWhenItIsBack() throws Exception {
        hub = new HubUnderTest(data);
        hub.stopMail();
        hub.startHub();
        hub.upload(DISTRICT_A, CERTS + "ecos.csv", ECOS.getBytes(StandardCharsets.UTF_8));

        awaitFile(DISTRICT_A, "ACCEPTED");
        assertThat(hub.home(DISTRICT_A).resolve("outbound/2018-2019/PR1500_Issues.csv")).exists();
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.db().queryForObject(
                "select attempts from mail_outbox where status = 'PENDING'", Integer.class) >= 2);

        hub.startMail();
        List<MimeMessage> mails = awaitMails(1);
        assertThat(mails.get(0).getSubject()).contains(DISTRICT_A);
        await().until(() -> "SENT".equals(hub.db().queryForObject("select status from mail_outbox", String.class)));
    }

    /**
     * A run's mail leaves as soon as the run has queued it, not at the outbox's next retry: the outbox's first tick
     * (a second after the start) is over before the file has settled, and the next is an hour away.
     */
    @Test
    void aRunsMailIsSentAtOnceNotAtTheNextRetry() throws Exception {
        hub = new HubUnderTest(data).mailRetryDelay(Duration.ofHours(1)).startHub();
        hub.upload(DISTRICT_A, CERTS + "ecos.csv", ECOS.getBytes(StandardCharsets.UTF_8));

        assertThat(awaitMails(1).get(0).getSubject()).contains(DISTRICT_A);
        await().until(() -> "SENT".equals(hub.db().queryForObject("select status from mail_outbox", String.class)));
    }

    private Map<String, Object> awaitFile(String district, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> !hub.db().queryForList(
                "select id from district_file where district_id = ? and status = ?", district, status).isEmpty());
        return hub.db().queryForMap("select * from district_file where district_id = ? and status = ? order by id limit 1",
                district, status);
    }

    private int ledgerCount() {
        return hub.db().queryForObject("select count(*) from district_file", Integer.class);
    }

    private List<MimeMessage> awaitMails(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> hub.mail.getReceivedMessages().length >= count);
        return List.of(hub.mail.getReceivedMessages());
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> attachmentNames(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) names.add(part.getFileName());
        }
        return names;
    }

    private static String raw(MimeMessage mail) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mail.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
