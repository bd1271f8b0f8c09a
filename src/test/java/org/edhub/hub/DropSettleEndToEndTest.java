package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.KENTUCKY;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The files of one drop settle together (issue 15): a drop costs one settle period, whatever the number of its files.
 * The nine files of the Kentucky SIS bundle are written under temporary names and renamed at the end, as WinSCP
 * uploads, so the poll that first sees them sees them all. Read one settle period after another, as they were before,
 * the last file would be read eight settle periods after the first; read together, they all are within one. And none
 * is read before it has been left alone for the settle period.
 */
class DropSettleEndToEndTest extends HubTest {
    static final Duration SETTLE = Duration.ofSeconds(4);
    static final String INBOX = "inbound/ky-sis/2025-2026/";

    @Test
    void theFilesOfOneDropAreReadTogetherOnceTheSettlePeriodHasPassed() throws Exception {
        hub = new HubUnderTest(data).settlePeriod(SETTLE).startHub();
        List<Path> bundle = TestFiles.list(Path.of("samples/ky/ky-sis"));
        Map<String, Instant> written = new LinkedHashMap<>();
        try (HubUnderTest.SftpSession s = hub.sftpSession(KENTUCKY)) {
            for (Path file : bundle) {
                try (OutputStream out = s.sftp().write(INBOX + file.getFileName() + ".part")) {
                    out.write(Files.readAllBytes(file));
                }
                written.put(file.getFileName().toString(), Instant.now());
            }
            for (Path file : bundle) s.sftp().rename(INBOX + file.getFileName() + ".part", INBOX + file.getFileName());
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> received().size() == bundle.size());
        Map<String, Instant> received = received();
        received.forEach((name, at) -> assertThat(at).as("%s is read only once left alone for the settle period", name)
                .isAfterOrEqualTo(written.get(name).plus(SETTLE)));
        Instant first = received.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = received.values().stream().max(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(first, last)).as("the whole drop is read within one settle period, not one per file")
                .isLessThan(SETTLE);
        assertThat(received.keySet()).as("the marker after the files it completes").last().isEqualTo("_READY");
    }

    /** When each file of the district was read, in the ledger's order. */
    private Map<String, Instant> received() {
        Map<String, Instant> received = new LinkedHashMap<>();
        hub.db().query("select name, received_at from district_file where district_id = ? order by id",
                (RowCallbackHandler) r -> received.put(r.getString("name"), r.getTimestamp("received_at").toInstant()), KENTUCKY);
        return received;
    }
}
