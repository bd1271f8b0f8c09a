package org.edhub.texas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.edhub.Leaks;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.edhub.hub.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * SSNs in every form districts write them, dropped over SFTP through the whole hub (embedded SFTP server, GreenMail, H2
 * on disk), then searched for in every byte the hub left: the outbound folder, the data folder (the database file, and
 * every value of every table), the hub's temporary folder, the log (the console and the log file), the mails (raw,
 * body and attachment decoded) and the dashboard's pages and downloads. Only the hub's kept copies of the dropped
 * files and the district's own inbound folders hold them, as dropped.
 */
@ExtendWith(OutputCaptureExtension.class)
class SsnMaskingEndToEndTest extends HubTest {
    private static final String YEAR = "2018-2019";
    @TempDir
    Path temp;
    @TempDir
    Path logs;

    @Test
    void noSsnInAnyFormIsLeftInAnythingTheHubWrote(CapturedOutput output) throws Exception {
        hub = new HubUnderTest(data).with("edhub.temp-dir", temp).with("logging.file.name", logs.resolve("hub.log")).startHub();
        org.slf4j.LoggerFactory.getLogger(SsnMaskingEndToEndTest.class).warn("A line naming 900-00-0001 and 900000005.0",
                new IllegalStateException("An exception naming 900 00 0003"));
        Map<String, byte[]> fixture = SsnFixture.files();
        fixture.forEach((name, bytes) -> hub.upload(DISTRICT_A, "inbound/" + feedOf(name) + "/" + YEAR + "/" + name, bytes));
        Path outbound = hub.home(DISTRICT_A).resolve("outbound").resolve(YEAR);
        await().atMost(Duration.ofSeconds(60)).until(() -> !pr1500Runs().isEmpty()
                && Files.exists(outbound.resolve(Pr1500Program.TEACHERS_CSV)));
        await().atMost(Duration.ofSeconds(30)).until(this::everyFileAndMailDone);

        Leaks leaks = new Leaks(SsnFixture.allForms());
        for (String f : List.of(SsnFixture.ECOS, SsnFixture.STAFF)) {
            assertThat(new Leaks(SsnFixture.allForms()).inBytes(f, fixture.get(f)).found()).as("the search finds the "
                    + "fixture's SSNs in its own files").isNotEmpty();
        }
        String issues = Files.readString(outbound.resolve("PR1500_Issues.csv"));
        assertThat(issues).as("the rows about each form were read and reported, masked").contains("***-**-0001",
                "***-**-0004", "***-**-0005", "***-**-3457", "***-**-0028", "***-**-0029", "***-**-0030", "***-**-0035",
                "***-**-0036");
        dashboard(leaks);
        leaks.inDatabase(hub.db());
        MimeMessage[] mails = hub.mail.getReceivedMessages();
        assertThat(mails).isNotEmpty();
        for (int i = 0; i < mails.length; i++) leaks.inMail("mail " + (i + 1), mails[i]);
        hub.stopHub();

        leaks.inFolder(data, f -> asDropped(f, fixture));
        leaks.inFolder(temp, f -> false);
        leaks.inFolder(logs, f -> false);
        leaks.inText("the captured console", output.getAll());
        assertThat(output.getAll()).contains("A line naming ***-**-0001 and ***-**-0005", "An exception naming ***-**-0003");
        assertThat(Files.readString(logs.resolve("hub.log"))).contains("A line naming ***-**-0001");
        assertThat(leaks.looked()).anyMatch(w -> w.endsWith("edhub.mv.db")).anyMatch(w -> w.contains("PR1500_Part2.xlsx!"))
                .anyMatch(w -> w.endsWith("hub.log")).anyMatch(w -> w.contains("mail 1 part PR1500_Issues.csv"));
        assertThat(leaks.found()).isEmpty();
        try (Stream<Path> left = Files.walk(temp)) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("no temporary file of a run is left").isEmpty();
        }
    }

    /** Every page and download of the district's runs, as its coordinator sees them. */
    private void dashboard(Leaks leaks) {
        WebSession web = WebSession.signedIn(hub.baseUrl(), "lonestar", "lonestar");
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/districts/" + DISTRICT_A));
        for (Long run : hub.db().queryForList("select id from run where district_id = ? order by id", Long.class, DISTRICT_A)) {
            pages.add("/runs/" + run);
            pages.add("/runs/" + run + "/issues");
            for (String name : hub.db().queryForList("select name from run_output where run_id = ?", String.class, run)) {
                pages.add("/runs/" + run + "/outputs/" + name);
            }
        }
        for (Long run : pr1500Runs()) {
            for (String slug : List.of("elementary", "secondary")) {
                pages.add("/runs/" + run + "/pr1500/" + slug);
                pages.add("/runs/" + run + "/pr1500/" + slug + "/teachers?campus=099902101&column=Total+Teachers");
            }
        }
        for (String page : pages) {
            var response = web.bytes(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            leaks.inBytes("page " + page, response.body());
        }
    }

    private List<Long> pr1500Runs() {
        return hub.db().queryForList("select r.id from run r join run_output o on o.run_id = r.id where r.district_id = ? "
                + "and o.name = ? and r.status like 'COMPLETED%' order by r.id", Long.class, DISTRICT_A, Pr1500Program.TEACHERS_CSV);
    }

    private boolean everyFileAndMailDone() {
        int files = hub.db().queryForObject("select count(*) from district_file where status = 'RECEIVED'", Integer.class);
        int pending = hub.db().queryForObject("select count(*) from mail_outbox where status <> 'SENT'", Integer.class);
        int queued = hub.db().queryForObject("select count(*) from mail_outbox", Integer.class);
        return files == 0 && pending == 0 && queued > 0 && hub.mail.getReceivedMessages().length == queued;
    }

    /** The hub's kept copy of a dropped file, or the district's own drop (archived): the fixture's bytes, as sent. */
    private boolean asDropped(Path file, Map<String, byte[]> fixture) {
        Path relative = data.relativize(file);
        boolean kept = relative.startsWith("inputs") && !relative.startsWith("inputs/.staging");
        boolean dropped = relative.startsWith(Path.of("sftp", DISTRICT_A, "inbound"));
        if (!kept && !dropped) return false;
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(fixture.values()).as(file + " is a file as dropped").anySatisfy(f -> assertThat(f).isEqualTo(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    private static String feedOf(String name) {
        return name.endsWith(".csv") ? Pr1500Program.CERTIFICATIONS : Pr1500Program.PEIMS;
    }
}
