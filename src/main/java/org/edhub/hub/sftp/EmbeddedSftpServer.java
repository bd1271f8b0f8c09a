package org.edhub.hub.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

import org.edhub.hub.signin.SignInThrottle;
/**
 * An SFTP server holding a folder per district account, for trying the hub out and for tests: each user is jailed
 * in its own folder. The host key is kept across restarts and written to a known_hosts file the hub checks.
 */
public final class EmbeddedSftpServer implements AutoCloseable {
    /** One account: the user, its password and its home folder name under the root. */
    public record Account(String user, String password, String home) {
    }

    private final SshServer server;
    private final SftpSubsystemFactory sftp;
    private final Path root;

    private EmbeddedSftpServer(SshServer server, SftpSubsystemFactory sftp, Path root) {
        this.server = server;
        this.sftp = sftp;
        this.root = root;
    }

    /** Tells {@code listener} what the server's clients do: files opened, read, written, renamed. */
    public void watch(SftpEventListener listener) {
        sftp.addSftpEventListener(listener);
    }

    /** Starts a server on {@code port} (0 picks a free one) serving a folder per account under {@code root}. */
    public static EmbeddedSftpServer start(Path root, int port, List<Account> accounts) {
        return start(root, port, accounts, null);
    }

    /**
     * As {@link #start(Path, int, List)}, failed logins slowed down by {@code throttle} (null: not at all): a locked
     * out user or address is refused whatever its password.
     */
    public static EmbeddedSftpServer start(Path root, int port, List<Account> accounts, SignInThrottle throttle) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("localhost");
            server.setPort(port);
            SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(absolute.resolve(".hostkey"));
            hostKey.setAlgorithm("EC");
            hostKey.setKeySize(256);
            server.setKeyPairProvider(hostKey);
            VirtualFileSystemFactory files = new VirtualFileSystemFactory(absolute.resolve(".nobody"));
            List<Account> known = new ArrayList<>(accounts);
            for (Account a : known) {
                Path home = Files.createDirectories(absolute.resolve(a.home()));
                files.setUserHomeDir(a.user(), home);
            }
            server.setFileSystemFactory(files);
            server.setPasswordAuthenticator((user, password, session) -> {
                String address = session.getClientAddress() instanceof InetSocketAddress inet
                        ? inet.getAddress().getHostAddress() : String.valueOf(session.getClientAddress());
                if (throttle != null && !throttle.lockedFor(user, address).isZero()) {
                    throttle.failed("sftp", user, address);
                    return false;
                }
                boolean ok = known.stream().anyMatch(a -> a.user().equals(user) && a.password().equals(password));
                if (throttle != null) {
                    if (ok) throttle.succeeded(user, address);
                    else throttle.failed("sftp", user, address);
                }
                return ok;
            });
            SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
            server.setSubsystemFactories(List.of(sftp));
            server.start();
            return new EmbeddedSftpServer(server, sftp, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded SFTP server on port " + port, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path root() {
        return root;
    }

    /** Writes the known_hosts lines for {@code localhost} and {@code 127.0.0.1} at this port. */
    public Path writeKnownHosts(Path file) {
        try {
            List<String> lines = new ArrayList<>();
            for (KeyPair pair : server.getKeyPairProvider().loadKeys(null)) {
                PublicKey key = pair.getPublic();
                String entry = PublicKeyEntry.toString(key);
                lines.add("[localhost]:" + port() + " " + entry);
                lines.add("[127.0.0.1]:" + port() + " " + entry);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write known_hosts " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
