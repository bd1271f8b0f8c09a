package org.edhub.hub.delivery.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's files go into an SFTP folder all together or not at all, against a real SFTP server (MINA SSHD) that refuses
 * a rename once when a test asks it to, as a server whose connection drops or whose quota runs out in the middle would:
 * the previous set is put back; and what a put cut off in the middle left is put back before the next put.
 */
class AllOrNothingTest {
    private static final String FOLDER = "outbound/2018-2019";
    @TempDir
    Path dir;
    private SshServer server;
    private DefaultCamelContext camel;
    private SftpEndpoint endpoint;
    private Path folder;
    private final AtomicReference<String> refusedRename = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        Path home = Files.createDirectories(dir.resolve("sftp/099902"));
        folder = home.resolve(FOLDER);
        server = SshServer.setUpDefaultServer();
        server.setHost("localhost");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider key = new SimpleGeneratorHostKeyProvider(dir.resolve("hostkey"));
        key.setAlgorithm("EC");
        key.setKeySize(256);
        server.setKeyPairProvider(key);
        VirtualFileSystemFactory files = new VirtualFileSystemFactory(home);
        server.setFileSystemFactory(files);
        server.setPasswordAuthenticator((user, password, session) -> "secret".equals(password));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().build();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void moving(ServerSession session, Path from, Path to, Collection<CopyOption> options) throws IOException {
                String refused = refusedRename.get();
                if (to.getFileName().toString().equals(refused) && refusedRename.compareAndSet(refused, null)) {
                    throw new IOException("Quota exceeded");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.start();
        String entry = PublicKeyEntry.toString(key.loadKeys(null).iterator().next().getPublic());
        Path knownHosts = Files.write(dir.resolve("known_hosts"), List.of("[localhost]:" + server.getPort() + " " + entry));
        camel = new DefaultCamelContext();
        camel.start();
        endpoint = camel.getEndpoint(DistrictSftp.uri(new District.Sftp("localhost", server.getPort(), "099902", "secret", null,
                knownHosts.toString()), FOLDER, Map.of()), SftpEndpoint.class);
    }

    @AfterEach
    void stop() throws IOException {
        camel.stop();
        server.stop(true);
    }

    @Test
    void aRenameRefusedMidwayPutsThePreviousSetBack() throws IOException {
        AllOrNothing.put(endpoint, FOLDER, 1, files("a.csv", "old a", "b.csv", "old b", "c.csv", "old c"));
        assertThat(folder()).isEqualTo(Map.of("a.csv", "old a", "b.csv", "old b", "c.csv", "old c"));

        refusedRename.set("c.csv");
        assertThatThrownBy(() -> AllOrNothing.put(endpoint, FOLDER, 2,
                files("a.csv", "new a", "b.csv", "new b", "c.csv", "new c", "d.csv", "new d")))
                .isInstanceOf(CannotDeliver.class).hasMessageContaining("Could not put the files into " + FOLDER + "/")
                .hasMessageContaining("c.csv").hasMessageContaining("the previous files are back in place");
        assertThat(folder()).as("the previous set, nothing of the new one, no temporary name")
                .isEqualTo(Map.of("a.csv", "old a", "b.csv", "old b", "c.csv", "old c"));

        AllOrNothing.put(endpoint, FOLDER, 2, files("a.csv", "new a", "b.csv", "new b", "c.csv", "new c", "d.csv", "new d"));
        assertThat(folder()).isEqualTo(Map.of("a.csv", "new a", "b.csv", "new b", "c.csv", "new c", "d.csv", "new d"));
    }

    @Test
    void whatAPutCutOffMidwayLeftIsPutBackBeforeTheNextPut() throws IOException {
        AllOrNothing.put(endpoint, FOLDER, 1, files("a.csv", "old a", "b.csv", "old b", "c.csv", "old c"));
        // run 7 was cut off while renaming: a is new (the old one aside), b not yet, d (new, none before) in place
        Files.move(folder.resolve("a.csv"), folder.resolve("a.csv.7.previous.part"));
        Files.writeString(folder.resolve("a.csv"), "new a of 7");
        Files.move(folder.resolve("b.csv"), folder.resolve("b.csv.7.previous.part"));
        Files.writeString(folder.resolve("b.csv.7.part"), "new b of 7");
        Files.writeString(folder.resolve("d.csv.7.none.part"), "");
        Files.writeString(folder.resolve("d.csv"), "new d of 7");
        // run 6 was cut off after its files were all in place, before it deleted what it moved aside
        Files.writeString(folder.resolve("e.csv"), "new e of 6");
        Files.writeString(folder.resolve("e.csv.6.previous.part"), "old e");
        Files.writeString(folder.resolve("edhub-run-6.swapped.part"), "");

        AllOrNothing.put(endpoint, FOLDER, 8, files("c.csv", "new c of 8"));

        assertThat(folder()).as("run 7 undone, run 6 kept, run 8 in").isEqualTo(
                Map.of("a.csv", "old a", "b.csv", "old b", "c.csv", "new c of 8", "e.csv", "new e of 6"));
    }

    private Map<String, Path> files(String... namesAndTexts) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Path local = Files.createDirectories(dir.resolve("local-" + System.nanoTime()));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], Files.writeString(local.resolve(namesAndTexts[i]), namesAndTexts[i + 1]));
        }
        return files;
    }

    /** Every entry of the folder and its text. */
    private Map<String, String> folder() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path p : list.toList()) texts.put(p.getFileName().toString(), Files.readString(p));
        }
        return texts;
    }
}
