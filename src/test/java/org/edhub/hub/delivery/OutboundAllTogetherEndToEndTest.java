package org.edhub.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 6: a run's reports go into {@code outbound/<year>/} all together or not at all, are tried again with
 * a doubling wait until they are in, also after a restart, and the run page says how their delivery goes. The folder
 * cannot be made unwritable for a test running as root, so a folder stands where a report goes (and, for the
 * delivery given up, a plain file where the year's folder goes), as an operator's mistake or a full quota would.
 */
class OutboundAllTogetherEndToEndTest extends HubTest {
    private static final String CERTS = "inbound/tx-certifications/2018-2019/";
    private static final String ISSUES = "PR1500_Issues.csv";
    private static final String OPERATOR = "ops@agency.example";

    @Test
    void oneUnwritableReportLeavesThePreviousSetWholeUntilARetryAfterARestartPutsTheWholeNewSetIn() throws Exception {
        hub = new HubUnderTest(data).with("edhub.outbound.retry-delay", "1s").with("edhub.outbound.max-attempts", 100).startHub();
        byte[] certs = dropTexasSample();
        long first = awaitCompletedRuns(1);
        Path out = hub.home(DISTRICT_A).resolve("outbound/2018-2019");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reports(out).equals(digests(outputs(first))));
        assertThat(reports(out)).as("the first run's set, whole").isEqualTo(digests(outputs(first)));

        Files.delete(out.resolve(ISSUES));
        Files.createDirectories(out.resolve(ISSUES));
        Files.writeString(out.resolve(ISSUES).resolve("kept-by-the-operator.txt"), "not the hub's");
        Map<String, String> previous = reports(out);

        hub.upload(DISTRICT_A, CERTS + "certs-corrected.csv",
                (new String(certs) + "900000099,XYZ,8/1/2017,7/31/2022,\"Grades (6-12)\",SEC,CHE\r\n").getBytes());
        long second = awaitCompletedRuns(2);
        Map<String, Path> fresh = outputs(second);
        assertThat(fresh.keySet()).isEqualTo(outputs(first).keySet());
        Map<String, String> expected = digests(fresh);
        assertThat(previous.keySet()).as("the new set differs").anyMatch(name -> !previous.get(name).equals(expected.get(name)));
        Thread.sleep(4000); // the first attempt and several retries (1 s, 2 s, ...)

        assertThat(reports(out)).as("the previous set untouched, nothing of the new one mixed in").isEqualTo(previous);
        assertThat(names(out)).as("no temporary name left").hasSize(previous.size() + 1);
        String page = coordinator().get("/runs/" + second).body();
        assertThat(page).contains("NOT DELIVERED YET to outbound/2018-2019/")
                .contains("outbound/2018-2019/" + ISSUES + " is a folder").contains("the hub tries again at")
                .contains("the folder keeps the previous ones");
        assertThat(coordinator().get("/runs/" + first).body()).contains("Delivered to outbound/2018-2019/");
        assertThat(mailOf(second)).as("the run's mail says so").contains("could not be put in outbound/2018-2019/")
                .doesNotContain("Reports in outbound/");

        int attempts = hub.db().queryForObject("select attempts from outbound_delivery where run_id = ?", Integer.class, second);
        assertThat(attempts).as("tried again").isGreaterThan(1);
        hub.stopHub();
        Files.delete(out.resolve(ISSUES).resolve("kept-by-the-operator.txt"));
        Files.delete(out.resolve(ISSUES));
        hub.startHub();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reports(out).equals(expected));
        assertThat(names(out)).as("the new set alone").containsExactlyInAnyOrderElementsOf(fresh.keySet());
        assertThat(coordinator().get("/runs/" + second).body()).contains("Delivered to outbound/2018-2019/")
                .doesNotContain("NOT DELIVERED");
        assertThat(hub.db().queryForObject("select attempts from outbound_delivery where run_id = ?", Integer.class, second))
                .as("went on counting after the restart").isGreaterThan(attempts);
    }

    @Test
    void aDeliveryThatKeepsFailingIsGivenUpAfterItsLastAttemptAndTheRunPageSaysSo() throws Exception {
        hub = new HubUnderTest(data);
        Path year = hub.home(DISTRICT_A).resolve("outbound/2018-2019");
        Files.createDirectories(year.getParent());
        Files.writeString(year, "a plain file where the year's folder goes");
        hub.with("edhub.outbound.retry-delay", "300ms").with("edhub.outbound.max-attempts", 3)
                .with("edhub.operator.alert-to[0]", OPERATOR).startHub();
        dropTexasSample();
        long run = awaitCompletedRuns(1);
        WebSession coordinator = coordinator();
        await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.get("/runs/" + run).body().contains("DELIVERY FAILED"));
        assertThat(coordinator.get("/runs/" + run).body()).contains("DELIVERY FAILED to outbound/2018-2019/ after 3 attempts")
                .contains("outbound/2018-2019 is a file").contains("replay this run");
        await().atMost(Duration.ofSeconds(30)).until(() -> !alertsTo(OPERATOR).isEmpty());
        Thread.sleep(1500);
        assertThat(hub.db().queryForObject("select attempts from outbound_delivery where run_id = ?", Integer.class, run))
                .as("not tried again once given up").isEqualTo(3);
        assertThat(Files.readString(year)).isEqualTo("a plain file where the year's folder goes");
        List<MimeMessage> alerts = alertsTo(OPERATOR);
        assertThat(alerts).as("one alert for the delivery given up").hasSize(1);
        assertThat(alerts.get(0).getSubject()).isEqualTo("edhub alert: the files of run " + run + " for "
                + "Lone Star Sample ISD (" + DISTRICT_A + ") were not put into outbound/2018-2019/");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(alerts.get(0))).contains("is a file")
                .contains("/runs/" + run).contains("outbound_delivery");
    }

    private List<MimeMessage> alertsTo(String address) throws Exception {
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : hub.mail.getReceivedMessages()) {
            if (m.getSubject().startsWith("edhub alert:") && java.util.Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address))) to.add(m);
        }
        return to;
    }

    private byte[] dropTexasSample() throws IOException {
        byte[] certs = null;
        for (String feed : new String[] {"tx-certifications", "tx-peims"}) {
            for (Path file : TestFiles.list(Path.of("samples/tx").resolve(feed))) {
                byte[] bytes = Files.readAllBytes(file);
                if (feed.equals("tx-certifications")) certs = bytes;
                hub.upload(DISTRICT_A, "inbound/" + feed + "/2018-2019/" + file.getFileName(), bytes);
            }
        }
        return certs;
    }

    /** Waits for the n-th PR1500 run that computed its reports, and its mail; its id. */
    private long awaitCompletedRuns(int n) {
        String completed = "from run where program = 'tx-pr1500' and status like 'COMPLETED%' and finished_at is not null";
        await().atMost(Duration.ofSeconds(90)).until(() -> hub.db().queryForObject("select count(*) " + completed, Integer.class) >= n);
        long run = hub.db().queryForObject("select max(id) " + completed, Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailOf(run) != null);
        return run;
    }

    /** The body of the run's mail, once the mail server took it; null before. */
    private String mailOf(long run) throws Exception {
        List<Long> sent = hub.db().queryForList("select id from mail_outbox where run_id = ? and status = 'SENT'", Long.class, run);
        if (sent.isEmpty()) return null;
        MimeMessage mail = hub.bean(org.edhub.hub.delivery.mail.MailOutbox.class).message(sent.get(0));
        assertThat(hub.mail.getReceivedMessages()).extracting(MimeMessage::getSubject).contains(mail.getSubject());
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
    }

    private WebSession coordinator() {
        return WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar");
    }

    /** The run's outputs by name. */
    private Map<String, Path> outputs(long run) {
        Map<String, Path> outputs = new TreeMap<>();
        hub.db().query("select name, path from run_output where run_id = ?", r -> {
            outputs.put(r.getString("name"), hub.dataDir.resolve(r.getString("path")));
        }, run);
        return outputs;
    }

    /** The regular files of the folder and the SHA-256 of each (one renamed away while it is read fails the read). */
    private static Map<String, String> reports(Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (var list = Files.list(folder)) {
            list.filter(Files::isRegularFile).forEach(p -> files.put(p.getFileName().toString(), p));
        }
        return digests(files);
    }

    private static List<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static Map<String, String> digests(Map<String, Path> files) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            try {
                digests.put(f.getKey(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.getValue()))));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }
}
