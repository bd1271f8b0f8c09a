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
        Thread.sleep(1500);
        assertThat(hub.mail.getReceivedMessages()).as("the loose files wait quietly for _READY").hasSize(1);

        hub.upload(KENTUCKY, INBOX + "bundle.zip", zip(TestFiles.list(BUNDLE)));
        awaitMails(2);
        assertThat(reports(outbound)).isEqualTo(loose);
        assertThat(hub.db().queryForObject("select count(*) from run where program = 'ky-lead-extract'", Integer.class)).isEqualTo(2);
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
