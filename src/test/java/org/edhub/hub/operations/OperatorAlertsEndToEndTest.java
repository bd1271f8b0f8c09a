package org.edhub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;
import static org.edhub.hub.HubUnderTest.DISTRICT_B;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.UnluckySmtpServer;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: the operator alerted by mail, once per incident, through real parts: a run that fails on an
 * internal error (an operator's edit of a mapping table the count cannot read), a district mail the server refuses
 * for good (a coordinator's address it does not know), and a district's SFTP server that cannot be reached (a port
 * nothing listens on; its consumer DOWN in the health, the outage in the metrics). No second alert on later ticks, nor
 * after a restart, nor once the outage has ended; a new outage is a new incident. With no alert address, the district
 * is not told that the operator was alerted.
 */
class OperatorAlertsEndToEndTest extends HubTest {
    static final String OPERATOR = "operator@edhub.example";

    private void dropTexasSample(String district) throws Exception {
        for (String feed : new String[] {"tx-certifications", "tx-peims"}) {
            for (Path file : TestFiles.list(Path.of("samples/tx").resolve(feed))) {
                hub.upload(district, "inbound/" + feed + "/2018-2019/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    /** An operator's edit the count cannot read: the snapshot date of mappings/tx/pr1500.properties, month 13. */
    private Path unreadableSnapshotDate() throws Exception {
        Path mappings = Files.createDirectories(data.resolve("mappings/tx"));
        Files.writeString(mappings.resolve("pr1500.properties"), "snapshot=13-45\n");
        return mappings.getParent();
    }

    private List<MimeMessage> alerts() throws Exception {
        return Arrays.stream(hub.mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(OPERATOR);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aRunThatFailsOnAnInternalErrorIsAlertedOnce() throws Exception {
        hub = new HubUnderTest(data).with("edhub.mappings-dir", unreadableSnapshotDate())
                .with("edhub.operator.alert-to[0]", OPERATOR).with("edhub.operator.dashboard-url", "https://edhub.example/").startHub();
        dropTexasSample(DISTRICT_A);

        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status = 'FAILED'", Integer.class) == 1);
        long run = hub.db().queryForObject("select id from run where status = 'FAILED'", Long.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> alerts().size() == 1);
        MimeMessage alert = alerts().get(0);
        assertThat(alert.getSubject()).isEqualTo("edhub alert: run " + run + " of tx-pr1500 for Lone Star Sample ISD (099902) failed");
        String body = GreenMailUtil.getBody(alert);
        System.out.println("The alert of a failed run:\n" + alert.getSubject() + "\n" + body);
        assertThat(body).contains("DateTimeParseException").contains("https://edhub.example/runs/" + run)
                .contains("edhub.run = " + run).contains("edhub.district = 099902").contains("inbound/tx-peims/2018-2019/");
        assertThat(hub.db().queryForObject("select message from run_issue where run_id = ? and rule = 'HUB-FAILED'", String.class, run))
                .endsWith("the hub's operator has been alerted by mail");
        await().atMost(Duration.ofSeconds(20)).alias("the district's mail of the failed run")
                .until(() -> hub.mail.getReceivedMessages().length == 2);

        Thread.sleep(3000); // several retry periods of the outbox (500 ms in tests)
        assertThat(alerts()).hasSize(1);
        hub.stopHub();
        hub.startHub();
        Thread.sleep(5000);
        assertThat(alerts()).as("no second alert after a restart").hasSize(1);
        assertThat(hub.mail.getReceivedMessages()).hasSize(2);
        assertThat(hub.db().queryForList("select kind from operator_alert", String.class)).containsExactly("RUN_FAILED");
    }

    @Test
    void withNoAlertAddressTheDistrictIsNotToldTheOperatorWasAlerted() throws Exception {
        hub = new HubUnderTest(data).with("edhub.mappings-dir", unreadableSnapshotDate()).startHub();
        dropTexasSample(DISTRICT_A);

        await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                "select count(*) from run where program = 'tx-pr1500' and status = 'FAILED'", Integer.class) == 1);
        long run = hub.db().queryForObject("select id from run where status = 'FAILED'", Long.class);
        String told = hub.db().queryForObject("select message from run_issue where run_id = ? and rule = 'HUB-FAILED'", String.class, run);
        assertThat(told).doesNotContain("has been alerted").endsWith("the hub could not alert its operator: please tell them about run " + run);
        await().atMost(Duration.ofSeconds(20)).until(() -> hub.mail.getReceivedMessages().length == 1);
        Thread.sleep(2000);
        assertThat(hub.mail.getReceivedMessages()).as("the district's mail only").hasSize(1);
        assertThat(hub.db().queryForList("select mail_id from operator_alert where kind = 'RUN_FAILED'", Long.class))
                .as("the incident recorded, its alert gone nowhere").containsExactly((Long) null);
    }

    @Test
    void aMailGivenUpIsAlertedOnce() throws Exception {
        try (UnluckySmtpServer server = UnluckySmtpServer.refusing("coordinator@lonestar.example",
                "550 5.1.1 <coordinator@lonestar.example>: mailbox unavailable")) {
            hub = new HubUnderTest(data).with("edhub.mail.smtp-port", server.port()).with("edhub.operator.alert-to[0]", OPERATOR)
                    .startHub();
            dropTexasSample(DISTRICT_A);

            await().atMost(Duration.ofSeconds(90)).until(() -> server.accepted.get() >= 1);
            long mail = hub.db().queryForObject("select id from mail_outbox where status = 'FAILED'", Long.class);
            long run = hub.db().queryForObject("select run_id from mail_outbox where id = ?", Long.class, mail);
            MimeMessage alert = parse(server.messages.get(0));
            assertThat(alert.getAllRecipients()[0].toString()).isEqualTo(OPERATOR);
            assertThat(alert.getSubject()).isEqualTo("edhub alert: a mail to Lone Star Sample ISD (099902) was given up");
            String body = (String) alert.getContent();
            System.out.println("The alert of a mail given up:\n" + alert.getSubject() + "\n" + body);
            assertThat(body).contains("550 5.1.1").contains("coordinator@lonestar.example").contains("run " + run)
                    .contains("the dashboard's page /runs/" + run).contains("mail_outbox, id " + mail);

            Thread.sleep(3000); // several retry periods of the outbox
            hub.stopHub();
            hub.startHub();
            Thread.sleep(4000);
            assertThat(server.accepted.get()).as("one alert, and no second after a restart").isEqualTo(1);
            assertThat(hub.db().queryForList("select status from mail_outbox order by id", String.class))
                    .containsExactly("FAILED", "SENT");
        }
    }

    @Test
    void anSftpServerUnreachableLongerThanConfiguredIsAlertedOncePerOutage() throws Exception {
        int closed = TestFiles.freePort();
        int management = TestFiles.freePort();
        hub = new HubUnderTest(data).with("edhub.operator.alert-to[0]", OPERATOR).with("management.server.port", management)
                .with("edhub.metrics.refresh", "500ms")
                .with("edhub.operator.sftp-unreachable-after", "3s").with("edhub.districts[1].sftp.port", closed).startHub();

        await().atMost(Duration.ofSeconds(30)).until(() -> alerts().size() == 1);
        MimeMessage alert = alerts().get(0);
        assertThat(alert.getSubject()).startsWith("edhub alert: the SFTP server of Pecos Valley ISD (057905) unreachable since ");
        String body = GreenMailUtil.getBody(alert);
        System.out.println("The alert of an SFTP outage:\n" + alert.getSubject() + "\n" + body);
        assertThat(body).contains("sftp://localhost:" + closed + "/inbound/").contains("pickup-" + DISTRICT_B)
                .contains("edhub.district = " + DISTRICT_B);

        assertThat(get(management, "/actuator/health")).contains("\"districtSftp\":{\"details\":{\"099902\":\"UP\",\"057905\":\"DOWN since ")
                .contains("\"alertTo\":[\"" + OPERATOR + "\"]");
        await().atMost(Duration.ofSeconds(30)).until(() -> get(management, "/actuator/prometheus"),
                scrape -> scrape.contains("edhub_sftp_unreachable{district=\"057905\"} 1.0")
                        && scrape.contains("edhub_operator_alerts{kind=\"SFTP_UNREACHABLE\"} 1.0")
                        && scrape.contains("edhub_operator_alert_recipients 1.0"));
        Thread.sleep(6000); // failed polls go on, several after the alert
        assertThat(alerts()).as("one alert while the outage lasts").hasSize(1);
        hub.stopHub();
        hub.startHub();
        Thread.sleep(8000);
        assertThat(alerts()).as("the same outage after a restart").hasSize(1);

        hub.stopHub();
        hub.with("edhub.districts[1].sftp.port", hub.sftp.port()).startHub();
        await().atMost(Duration.ofSeconds(30)).alias("the outage ended by a poll that works").until(() -> hub.db().queryForObject(
                "select count(*) from operator_alert where kind = 'SFTP_UNREACHABLE' and ended_at is not null", Integer.class) == 1);
        assertThat(alerts()).as("none as the outage ends").hasSize(1);

        hub.stopHub();
        hub.with("edhub.districts[1].sftp.port", closed).startHub();
        await().atMost(Duration.ofSeconds(30)).alias("a new outage after a restart, a new incident").until(() -> alerts().size() == 2);
        Thread.sleep(4000);
        assertThat(alerts()).as("the new outage alerted once, the ended one not again").hasSize(2);
        assertThat(alerts().get(1).getSubject()).isNotEqualTo(alert.getSubject());
        assertThat(hub.db().queryForList("select district_id from operator_alert where kind = 'SFTP_UNREACHABLE' order by id",
                String.class)).containsExactly(DISTRICT_B, DISTRICT_B);
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static MimeMessage parse(String message) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)));
    }
}
