package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.edhub.hub.HubUnderTest.DISTRICT_A;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.junit.jupiter.api.Test;

/**
 * A file the district is still writing when the hub reads it (issue 12, item 1): a slow link that pauses longer than
 * the settle period, then writes on. The test's SFTP server appends the rest of the file the moment the hub has
 * finished downloading the first part, as the district's client would. The hub sees the file changed after its read,
 * discards the read, leaves the file in the inbox and reads it again once settled: one receipt and one run, of the whole
 * file, which is clean (read cut short, it had a broken row, an error mailed to the district).
 */
class ChangedWhileReadEndToEndTest extends HubTest {
    static final String CERTS = "inbound/tx-certifications/2018-2019/";
    static final String NAME = "ecos_slow_link.csv";

    @Test
    void aFileThatGrewWhileItWasReadIsReadAgainWholeOnceItHasSettled() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("samples/tx/tx-certifications/099902_2018-2019_ECOS_certifications.csv"));
        int cut = whole.length * 2 / 5;
        assertThat(whole[cut - 1]).as("the first part ends within a row").isNotEqualTo((byte) '\n');
        hub = new HubUnderTest(data).startHub();
        AtomicInteger appended = new AtomicInteger();
        hub.sftp.watch(new SftpEventListener() {
            @Override
            public void closed(ServerSession session, String remoteHandle, Handle handle, Throwable thrown) throws IOException {
                boolean hubRead = handle instanceof FileHandle file && file.getFile().endsWith(NAME)
                        && !file.getOpenOptions().contains(StandardOpenOption.WRITE);
                if (hubRead && appended.compareAndSet(0, 1)) {
                    Files.write(handle.getFile(), Arrays.copyOfRange(whole, cut, whole.length), StandardOpenOption.APPEND);
                }
            }
        });

        hub.upload(DISTRICT_A, CERTS + NAME, Arrays.copyOf(whole, cut));

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                .until(() -> !receipts().isEmpty() && !"RECEIVED".equals(receipts().get(0).get("STATUS")));
        assertThat(appended).as("the district wrote the rest after the hub's first read").hasValue(1);
        List<Map<String, Object>> receipts = receipts();
        assertThat(receipts).as("the first read was discarded: one receipt").hasSize(1);
        assertThat(receipts.get(0)).containsEntry("STATUS", "ACCEPTED").containsEntry("SIZE_BYTES", (long) whole.length);
        // the receipt is final when the run ends; the SFTP consumer moves the file once its exchange completes, just after
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(hub.home(DISTRICT_A).resolve(CERTS + NAME)).as("moved out of the inbox once read whole").doesNotExist());
        assertThat(hub.db().queryForList("select rule, message from run_issue where severity <> 'INFO'"))
                .as("no row of the file read cut short: the whole sample is clean").isEmpty();
        assertThat(hub.db().queryForObject("select count(*) from run", Integer.class)).as("one run, of the whole file").isOne();
        Thread.sleep(1500);
        assertThat(hub.mail.getReceivedMessages()).as("a clean file waiting for PEIMS tells nothing: no mail").isEmpty();
    }

    private List<Map<String, Object>> receipts() {
        return hub.db().queryForList("select status, size_bytes from district_file where district_id = ? and name = ? order by id",
                DISTRICT_A, NAME);
    }
}
