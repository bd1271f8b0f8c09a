package org.edhub.kentucky;

import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.KENTUCKY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;

/** The Kentucky SIS bundle through the hub: loose files completed by _READY, or one zip, give the same six reports. */
class LeadExtractEndToEndTest extends HubTest {
    static final Path BUNDLE = Path.of("samples/ky/ky-sis");
    static final String INBOX = "inbound/ky-sis/2025-2026/";
    static final List<String> REPORTS = List.of("Detail", "Staff", "Classes", "Caseload", "Schoolwide", "Issues");

    @Test
    void looseFilesWithReadyAndTheSameBundleZippedGiveIdenticalReports() throws Exception {
        hub = new HubUnderTest(data).startHub();
        // The CSVs first, _READY last, as a district drops a bundle (the marker sorts first by name)
        for (Path file : TestFiles.list(BUNDLE)) {
            if (!file.getFileName().toString().equals("_READY")) hub.upload(KENTUCKY, INBOX + file.getFileName(), Files.readAllBytes(file));
        }
        hub.upload(KENTUCKY, INBOX + "_READY", new byte[0]);

        Path outbound = hub.home(KENTUCKY).resolve("outbound/2025-2026");
        MimeMessage mail = awaitMails(1).get(0);
        assertThat(mail.getSubject()).contains("ky-lead-extract 2025-2026");
        for (String r : REPORTS) assertThat(outbound.resolve("KECS_LEAD_" + r + ".csv")).exists();
        Map<String, String> loose = reports(outbound);
        assertThat(loose.get("Detail")).contains("165");
        int reportWarnings = Files.readAllLines(outbound.resolve("KECS_LEAD_Issues.csv")).size() - 1;
        assertThat(hub.db().queryForMap("select status, warnings from run where program = 'ky-lead-extract'"))
                .as("issue 15: the run's warnings are those of its Issues report (18 without the KECS course catalog)")
                .containsEntry("STATUS", "COMPLETED_WITH_ISSUES").containsEntry("WARNINGS", reportWarnings);
        assertThat(reportWarnings).isEqualTo(18);
        assertThat(GreenMailUtil.getBody(mail)).contains("0 error(s), 18 warning(s)");
        Thread.sleep(1500);
        assertThat(hub.mail.getReceivedMessages()).as("the loose files wait quietly for _READY").hasSize(1);

        hub.upload(KENTUCKY, INBOX + "bundle.zip", zip(TestFiles.list(BUNDLE)));
        awaitMails(2);
        assertThat(reports(outbound)).isEqualTo(loose);
        assertThat(hub.db().queryForObject("select count(*) from run where program = 'ky-lead-extract'", Integer.class)).isEqualTo(2);
    }

    /**
     * Issue 14: the extract reads the KECS course catalog the district dropped, as on the command line. The SIS bundle
     * alone gives an extract that says the catalog is missing; the KECS bundle dropped after it runs the extract again,
     * with warning 8 and a mail that no longer asks for the catalog, and the validation run of the same drop leaves
     * the extract's Issues report as it was.
     */
    @Test
    void theExtractRunAfterAKecsDropCarriesWarning8AndItsMailDoesNotAskForTheCatalog() throws Exception {
        hub = new HubUnderTest(data).startHub();
        drop("ky-sis");
        MimeMessage first = awaitMails(1).get(0);
        assertThat(GreenMailUtil.getBody(first)).as("no catalog dropped yet").contains("KY-KECS-NO-CATALOG");

        drop("ky-kecs");
        List<MimeMessage> mails = awaitMails(3);
        assertThat(mails).extracting(LeadExtractEndToEndTest::subject).filteredOn(s -> s.contains("ky-lead-validation 2025-2026"))
                .hasSize(1);
        MimeMessage extractMail = mails.stream().skip(1).filter(m -> subject(m).contains("ky-lead-extract 2025-2026"))
                .findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(extractMail);
        assertThat(body).doesNotContain("KY-KECS-NO-CATALOG").doesNotContain("Drop the KECS course catalog")
                .contains("8 State course code is not in the course catalog for this school year.: 1");

        Long extractRun = hub.db().queryForObject("select max(id) from run where program = 'ky-lead-extract'", Long.class);
        Path written = data.resolve("runs/" + extractRun + "/KECS_LEAD_Issues.csv");
        assertThat(Files.readString(written)).contains(",8,State course code is not in the course catalog for this school year.,020,"
                + "Harlan Valley High,20012,Lee,Lowe,5206,1601,Chemistry,State course code 401001 is not in the catalog for 2026");
        Path outbound = hub.home(KENTUCKY).resolve("outbound/2025-2026");
        assertThat(withoutFirstColumn(outbound.resolve("KECS_LEAD_Issues.csv")))
                .as("the validation run writes the extract's Issues report as the extract wrote it")
                .isEqualTo(withoutFirstColumn(written));
    }

    /** Drops a sample bundle's CSVs, waits until the hub has picked them all up, then drops _READY. */
    private void drop(String feed) throws IOException {
        Path inbound = hub.home(KENTUCKY).resolve("inbound/" + feed + "/2025-2026");
        for (Path file : TestFiles.list(Path.of("samples/ky").resolve(feed))) {
            if (file.getFileName().toString().equals("_READY")) continue;
            hub.upload(KENTUCKY, "inbound/" + feed + "/2025-2026/" + file.getFileName(), Files.readAllBytes(file));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (java.util.stream.Stream<Path> left = Files.list(inbound)) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
        hub.upload(KENTUCKY, "inbound/" + feed + "/2025-2026/_READY", new byte[0]);
    }

    private static String withoutFirstColumn(Path report) throws IOException {
        return String.join("\n", Files.readAllLines(report).stream().map(l -> l.substring(l.indexOf(',') + 1)).toList());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reports without their first column, the time they were generated. */
    private static Map<String, String> reports(Path outbound) throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String r : REPORTS) {
            List<String> lines = Files.readAllLines(outbound.resolve("KECS_LEAD_" + r + ".csv"));
            reports.put(r, String.join("\n", lines.stream().map(l -> l.substring(l.indexOf(',') + 1)).toList()));
        }
        return reports;
    }


    private static byte[] zip(List<Path> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : files) {
                if (f.getFileName().toString().equals("_READY")) continue;
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private List<MimeMessage> awaitMails(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> hub.mail.getReceivedMessages().length >= count);
        return List.of(hub.mail.getReceivedMessages());
    }
}
