package org.edhub.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.edhub.TestFiles;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.edhub.EdhubApplication;
import org.edhub.hub.sftp.EmbeddedSftpServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub as it runs for real, around a test: an SFTP server (MINA SSHD) with two Texas district accounts, a mail
 * server (GreenMail) and the application with H2 on disk. The application can be stopped and started again over the
 * same data folder; the SFTP server and mail server keep running meanwhile.
 */
public final class HubUnderTest implements AutoCloseable {
    public static final String DISTRICT_A = "099902";
    public static final String DISTRICT_B = "057905";
    public static final String KENTUCKY = "165";
    public static final String KY_YEAR = "2025-2026";
    public static final String PASSWORD = "secret";

    public final Path dataDir;
    public final EmbeddedSftpServer sftp;
    public final int smtpPort;
    public GreenMail mail;
    /** The state's SFTP destination for upload files, when a test asks for one. */
    public EmbeddedSftpServer state;
    private ConfigurableApplicationContext app;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    /** The hub's timings: short ones for tests; none given, the hub's own defaults (for the benchmarks). */
    private final Map<String, Object> timings = new LinkedHashMap<>(Map.of(
            "edhub.settle-period", "1s", "edhub.poll-delay", "300ms", "edhub.mail.retry-delay", "500ms",
            "edhub.instance.acquire-lock-every", "500ms"));

    public HubUnderTest(Path dataDir) {
        this.dataDir = dataDir;
        this.sftp = EmbeddedSftpServer.start(dataDir.resolve("sftp"), 0, List.of(
                new EmbeddedSftpServer.Account(DISTRICT_A, PASSWORD, DISTRICT_A),
                new EmbeddedSftpServer.Account(DISTRICT_B, PASSWORD, DISTRICT_B),
                new EmbeddedSftpServer.Account(KENTUCKY, PASSWORD, KENTUCKY)));
        sftp.writeKnownHosts(dataDir.resolve("known_hosts"));
        for (String d : List.of(DISTRICT_A, DISTRICT_B)) {
            mkdirs(sftp.root().resolve(d).resolve("inbound/tx-certifications/2018-2019"));
            mkdirs(sftp.root().resolve(d).resolve("inbound/tx-peims/2018-2019"));
        }
        mkdirs(sftp.root().resolve(KENTUCKY).resolve("inbound/ky-sis/2025-2026"));
        mkdirs(sftp.root().resolve(KENTUCKY).resolve("inbound/ky-kecs/2025-2026"));
        this.smtpPort = TestFiles.freePort();
        startMail();
    }

    /** Starts a second SFTP server standing in for the Kentucky state destination (account {@code kde}). */
    public HubUnderTest withKentuckyStateServer() {
        state = EmbeddedSftpServer.start(dataDir.resolve("state-sftp"), 0, List.of(new EmbeddedSftpServer.Account("kde", PASSWORD, "kde")));
        state.writeKnownHosts(dataDir.resolve("state_known_hosts"));
        return this;
    }

    /** Settles dropped files for this long instead of the tests' 1 s. */
    public HubUnderTest settlePeriod(Duration settle) {
        timings.put("edhub.settle-period", settle.toMillis() + "ms");
        return this;
    }

    /** Retries unsent mail this often instead of the tests' 500 ms. */
    public HubUnderTest mailRetryDelay(Duration delay) {
        timings.put("edhub.mail.retry-delay", delay.toMillis() + "ms");
        return this;
    }

    /** Runs with the settle period, poll delay and mail retry delay a hub has when nothing configures them. */
    public HubUnderTest defaultTimings() {
        timings.clear();
        return this;
    }

    public void startMail() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    public void stopMail() {
        mail.stop();
    }

    /** A setting of the hub (an {@code edhub.*} property) beside the test's defaults, from the next start on. */
    public HubUnderTest with(String property, Object value) {
        settings.put(property, value);
        return this;
    }

    public HubUnderTest startHub() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("edhub.data-dir", dataDir.toString());
        p.putAll(timings);
        p.put("edhub.embedded-sftp.enabled", "false");
        p.put("edhub.mail.smtp-host", "127.0.0.1");
        p.put("edhub.mail.smtp-port", smtpPort);
        p.put("camel.main.main-run-controller", "false");
        p.put("server.port", 0);
        p.put("management.server.port", 0);
        district(p, 0, DISTRICT_A, "TX", "Lone Star Sample ISD", "coordinator@lonestar.example");
        district(p, 1, DISTRICT_B, "TX", "Pecos Valley ISD", "coordinator@pecos.example");
        district(p, 2, KENTUCKY, "KY", "Harlan Valley Independent", "lead@bluegrass.example");
        if (state != null) {
            p.put("edhub.state-outbound.KY.folder", "eerp");
            p.put("edhub.state-outbound.KY.sftp.host", "localhost");
            p.put("edhub.state-outbound.KY.sftp.port", state.port());
            p.put("edhub.state-outbound.KY.sftp.user", "kde");
            p.put("edhub.state-outbound.KY.sftp.password", PASSWORD);
            p.put("edhub.state-outbound.KY.sftp.known-hosts", dataDir.resolve("state_known_hosts").toString());
        }
        p.putAll(settings);
        app = new SpringApplicationBuilder(EdhubApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        return this;
    }

    private void district(Map<String, Object> p, int i, String id, String state, String name, String coordinator) {
        String k = "edhub.districts[" + i + "].";
        p.put(k + "id", id);
        p.put(k + "state", state);
        p.put(k + "name", name);
        p.put(k + "coordinators[0]", coordinator);
        List<String> feeds = new org.edhub.hub.program.Programs(org.edhub.core.program.StatePrograms.installed()).feedsOf(state);
        for (int f = 0; f < feeds.size(); f++) p.put(k + "feeds[" + f + "]", feeds.get(f));
        p.put(k + "sftp.host", "localhost");
        p.put(k + "sftp.port", sftp.port());
        p.put(k + "sftp.user", id);
        p.put(k + "sftp.password", PASSWORD);
        p.put(k + "sftp.known-hosts", dataDir.resolve("known_hosts").toString());
    }

    public void stopHub() {
        if (app != null) app.close();
        app = null;
    }

    /** The dashboard; its users are the sample ones of application.yaml ({@code lonestar} sees district A). */
    public String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    public JdbcTemplate db() {
        return bean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /** Puts a file into a district's account over SFTP, as the district would. */
    public void upload(String district, String remotePath, byte[] content) {
        try (SftpSession s = sftpSession(district); OutputStream out = s.sftp.write(remotePath)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SftpSession sftpSession(String district) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        ClientSession session = client.connect(district, "localhost", sftp.port()).verify(10_000).getSession();
        session.addPasswordIdentity(PASSWORD);
        session.auth().verify(10_000);
        return new SftpSession(client, session, SftpClientFactory.instance().createSftpClient(session));
    }

    public record SftpSession(SshClient client, ClientSession session, SftpClient sftp) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            sftp.close();
            session.close();
            client.stop();
        }
    }

    /** The district's folder on the SFTP server, as files on disk. */
    public Path home(String district) {
        return sftp.root().resolve(district);
    }

    @Override
    public void close() {
        stopHub();
        mail.stop();
        sftp.close();
        if (state != null) state.close();
    }

    private static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
