package org.edhub.hub.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.edhub.hub.data.Database;
import org.edhub.hub.district.HubProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The mail outbox on each database ({@link MailOutboxH2Test}, {@link MailOutboxPostgresTest}): a mail kept until sent,
 * its bytes as composed, a failure waiting for its retry, a mail given up after its last attempt.
 */
abstract class MailOutboxTests {
    static final byte[] MIME = "Subject: PR1500\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path data;
    CamelContext camel;
    JdbcTemplate jdbc;
    MailOutbox outbox;

    abstract Database database();

    @BeforeEach
    void migrate() {
        jdbc = new JdbcTemplate(database().migrated(data));
        camel = new DefaultCamelContext();
        camel.start();
        HubProperties.Mail mail = new HubProperties.Mail("edhub@localhost", "", 25, null, null, false, Duration.ofMinutes(1),
                Duration.ofSeconds(120), 2, DataSize.ofMegabytes(10));
        outbox = new MailOutbox(jdbc, camel.createProducerTemplate(), new HubProperties(data, Path.of("mappings"),
                Duration.ofSeconds(10), Duration.ofSeconds(5), mail, null, null, null, List.of(), Map.of(), null, null));
    }

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    @Test
    void aMailIsKeptUntilSent() {
        outbox.queue(7L, "165", new ComposedMail(List.of("a@example.org", "b@example.org"), "PR1500", MIME));
        List<Long> pending = outbox.pending();
        assertThat(pending).hasSize(1);
        assertThat(outbox.raw(pending.get(0))).isEqualTo(MIME);
        assertThat(outbox.statusOfRun(7L)).contains("PENDING");

        outbox.sent(pending.get(0));
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.statusOfRun(7L)).contains("SENT");
        assertThat(outbox.statusOfRun(8L)).isEmpty();
    }

    @Test
    void aFailedMailWaitsForItsRetryAndIsGivenUpAfterItsLastAttempt() {
        outbox.queue(7L, "165", new ComposedMail(List.of("a@example.org"), "PR1500", MIME));
        long id = outbox.pending().get(0);

        outbox.failed(id, new IllegalStateException("connection refused"));
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.statusOfRun(7L)).contains("PENDING: connection refused");

        jdbc.update("update mail_outbox set next_attempt_at = null where id = ?", id);
        assertThat(outbox.pending()).containsExactly(id);
        outbox.failed(id, new IllegalStateException("connection refused again"));
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.statusOfRun(7L)).contains("FAILED: connection refused again");
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void aMailIsClaimedByOneInstanceAtATimeAndAClaimThatWasNotEndedLapses() throws Exception {
        outbox.queue(7L, "165", new ComposedMail(List.of("a@example.org"), "PR1500", MIME));
        long id = outbox.pending().get(0);
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> claims = instances.invokeAll(java.util.Collections.nCopies(4, () -> outbox.claim(id)));
            long won = 0;
            for (java.util.concurrent.Future<Boolean> claim : claims) if (claim.get()) won++;
            assertThat(won).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.claim(id)).isFalse();

        jdbc.update("update mail_outbox set claimed_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), id);
        assertThat(outbox.pending()).containsExactly(id);
        assertThat(outbox.claim(id)).isTrue();
        outbox.sent(id);
        assertThat(outbox.claim(id)).isFalse();
    }
}
