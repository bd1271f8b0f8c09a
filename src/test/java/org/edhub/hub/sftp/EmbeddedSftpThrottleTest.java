package org.edhub.hub.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.edhub.hub.signin.SignInThrottle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, sign-in: the embedded SFTP server slows failed logins down as the dashboard does. */
class EmbeddedSftpThrottleTest {
    @TempDir
    Path root;

    @Test
    void threeWrongPasswordsLockTheAccountOutAndTheRightPasswordThenWaitsToo() throws IOException {
        SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(1), Duration.ofMinutes(15), Clock.systemUTC());
        try (EmbeddedSftpServer server = EmbeddedSftpServer.start(root, 0,
                List.of(new EmbeddedSftpServer.Account("165", "right", "165")), throttle);
             SshClient client = SshClient.setUpDefaultClient()) {
            client.start();
            for (int i = 0; i < 3; i++) assertThat(login(client, server.port(), "wrong-" + i)).isFalse();
            assertThat(login(client, server.port(), "right")).as("locked out").isFalse();
            assertThat(throttle.lockedFor("165", "127.0.0.1")).isPositive();
            throttle.succeeded("165", "127.0.0.1");
            assertThat(login(client, server.port(), "right")).isTrue();
        }
    }

    private static boolean login(SshClient client, int port, String password) throws IOException {
        try (ClientSession session = client.connect("165", "127.0.0.1", port).verify(10_000).getSession()) {
            session.addPasswordIdentity(password);
            try {
                session.auth().verify(10_000);
                return true;
            } catch (IOException refused) {
                return false;
            }
        }
    }

    @Test
    void theLockoutDoublesWithEachFurtherFailureUpToTheLongest() {
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
                java.time.Instant.parse("2026-12-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public java.time.Instant instant() { return now.get(); }
        };
        SignInThrottle t = new SignInThrottle(2, Duration.ofSeconds(30), Duration.ofMinutes(2), clock);
        t.failed("sftp", "u", "a");
        assertThat(t.lockedFor("u", "a")).isZero();
        t.failed("sftp", "u", "a");
        assertThat(t.lockedFor("u", "a")).isEqualTo(Duration.ofSeconds(30));
        t.failed("sftp", "u", "a");
        assertThat(t.lockedFor("u", "a")).isEqualTo(Duration.ofSeconds(60));
        t.failed("sftp", "u", "b");
        t.failed("sftp", "u", "c");
        assertThat(t.lockedFor("u", "elsewhere")).as("the user, from any address").isEqualTo(Duration.ofMinutes(2));
        now.set(now.get().plus(Duration.ofMinutes(3)));
        assertThat(t.lockedFor("u", "a")).isZero();
    }
}
