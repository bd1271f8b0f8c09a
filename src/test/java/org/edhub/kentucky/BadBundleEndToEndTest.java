package org.edhub.kentucky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.KENTUCKY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.edhub.TestFiles;
import org.edhub.hub.HubTest;
import org.edhub.hub.HubUnderTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, incomplete and bad bundles: a zip that lacks a required CSV, or holds an entry without a file name and
 * two files of one name, is REJECTED and moved to .rejected/, and the last good bundle stays the district's current
 * one.
 */
class BadBundleEndToEndTest extends HubTest {
    static final String INBOX = "inbound/ky-sis/2025-2026/";

    @Test
    void aBundleThatCannotMakeARunIsRejectedAndTheLastGoodBundleStaysCurrent() throws Exception {
        hub = new HubUnderTest(data).startHub();
        List<Path> sample = TestFiles.list(Path.of("samples/ky/ky-sis"));
        for (String name : List.of("good.zip", "no-rosters.zip", "odd.zip")) {
            hub.upload(KENTUCKY, INBOX + name, zip(sample, name.equals("no-rosters.zip") ? "rosters.csv" : null, name.equals("odd.zip")));
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.db().queryForObject(
                    "select count(*) from district_file where name = ? and status <> 'RECEIVED'", Integer.class, name) == 1);
        }

        assertThat(hub.db().queryForList("select name || ' ' || status from district_file where feed = 'ky-sis' order by id",
                String.class)).containsExactly("good.zip ACCEPTED", "no-rosters.zip REJECTED", "odd.zip REJECTED");
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays.stream(hub.mail.getReceivedMessages())
                .filter(m -> subject(m).contains("REJECTED")).count() >= 2);
        try (var rejected = Files.list(hub.home(KENTUCKY).resolve(INBOX).resolve(".rejected"))) {
            assertThat(rejected.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.contains("no-rosters")).anyMatch(n -> n.contains("odd"));
        }
        assertThat(hub.db().queryForList("select status from run where program = 'ky-lead-extract' order by id", String.class))
                .as("no run failed on the odd zip").doesNotContain("FAILED");

        // a KECS drop now runs the validation over the last good SIS bundle
        Path kecs = Path.of("samples/ky/ky-kecs");
        for (Path f : TestFiles.list(kecs)) {
            if (!f.getFileName().toString().equals("_READY")) hub.upload(KENTUCKY, "inbound/ky-kecs/2025-2026/" + f.getFileName(), Files.readAllBytes(f));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (var left = Files.list(hub.home(KENTUCKY).resolve("inbound/ky-kecs/2025-2026"))) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
        hub.upload(KENTUCKY, "inbound/ky-kecs/2025-2026/_READY", new byte[0]);
        String validation = "select r.id from run r join district_file f on f.id = r.trigger_file_id "
                + "where f.name = '_READY' and f.feed = 'ky-kecs' and r.program = 'ky-lead-validation' and r.finished_at is not null";
        await().atMost(Duration.ofSeconds(90)).until(() -> !hub.db().queryForList(validation, Long.class).isEmpty());
        long run = hub.db().queryForList(validation, Long.class).get(0);
        assertThat(hub.db().queryForObject("select status from run where id = ?", String.class, run)).startsWith("COMPLETED");
        assertThat(hub.db().queryForList("select f.name from run_input i join district_file f on f.id = i.file_id "
                + "where i.run_id = ? and f.feed = 'ky-sis'", String.class, run)).containsExactly("good.zip");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample bundle zipped, without {@code leftOut}; {@code odd}: with a "/" entry and a second schools.csv. */
    private static byte[] zip(List<Path> files, String leftOut, boolean odd) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odd) {
                zip.putNextEntry(new ZipEntry("/"));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("old/schools.csv"));
                zip.write("school_number\n".getBytes());
                zip.closeEntry();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.equals("_READY") || name.equals(leftOut)) continue;
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
