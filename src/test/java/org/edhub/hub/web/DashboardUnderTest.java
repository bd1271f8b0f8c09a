package org.edhub.hub.web;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.TestFiles;
import org.edhub.EdhubApplication;
import org.edhub.hub.run.RunStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub with its dashboard on a random port, its own SFTP server and mail written to files: the Texas sample
 * district 099902, a second Texas district 057905 and the Kentucky sample district 165, with a coordinator for each
 * and an administrator.
 */
public final class DashboardUnderTest implements AutoCloseable {
    public static final String TX = "099902";
    public static final String OTHER_TX = "057905";
    public static final String KY = "165";
    public static final String PASSWORD = "pw-for-tests";
    public static final String TX_USER = "lonestar";
    public static final String OTHER_TX_USER = "pecos";
    public static final String KY_USER = "bluegrass";
    public static final String ADMIN = "admin";
    private static final Path TX_SAMPLE = Path.of("samples/tx");

    public final Path dataDir;
    private final ConfigurableApplicationContext app;

    public DashboardUnderTest(Path dataDir) {
        this.dataDir = dataDir;
        int sftpPort = TestFiles.freePort();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", 0);
        p.put("management.server.port", 0);
        p.put("edhub.data-dir", dataDir);
        p.put("edhub.settle-period", "1s");
        p.put("edhub.poll-delay", "300ms");
        p.put("edhub.mail.smtp-host", "");
        p.put("edhub.embedded-sftp.enabled", "true");
        p.put("edhub.embedded-sftp.port", sftpPort);
        p.put("edhub.embedded-sftp.prepared-years[0]", "2018-2019");
        p.put("edhub.embedded-sftp.prepared-years[1]", "2025-2026");
        p.put("camel.main.main-run-controller", "false");
        district(p, 0, TX, "TX", "Lone Star Sample ISD", sftpPort, "tx-certifications", "tx-peims");
        district(p, 1, OTHER_TX, "TX", "Pecos Valley ISD", sftpPort, "tx-certifications", "tx-peims");
        district(p, 2, KY, "KY", "Harlan Valley Independent", sftpPort, "ky-sis", "ky-kecs");
        user(p, 0, TX_USER, "COORDINATOR", TX);
        user(p, 1, OTHER_TX_USER, "COORDINATOR", OTHER_TX);
        user(p, 2, KY_USER, "COORDINATOR", KY);
        user(p, 3, ADMIN, "ADMIN", null);
        app = new SpringApplicationBuilder(EdhubApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private void district(Map<String, Object> p, int i, String id, String state, String name, int sftpPort, String... feeds) {
        String k = "edhub.districts[" + i + "].";
        p.put(k + "id", id);
        p.put(k + "state", state);
        p.put(k + "name", name);
        p.put(k + "coordinators[0]", "coordinator@" + id + ".example");
        for (int f = 0; f < feeds.length; f++) p.put(k + "feeds[" + f + "]", feeds[f]);
        p.put(k + "sftp.host", "localhost");
        p.put(k + "sftp.port", sftpPort);
        p.put(k + "sftp.user", id);
        p.put(k + "sftp.password", "sftp-" + id);
        p.put(k + "sftp.known-hosts", dataDir.resolve("known_hosts"));
    }

    private static void user(Map<String, Object> p, int i, String name, String role, String district) {
        String k = "edhub.users[" + i + "].";
        p.put(k + "username", name);
        p.put(k + "password", "{noop}" + PASSWORD);
        p.put(k + "role", role);
        if (district != null) p.put(k + "districts[0]", district);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    public JdbcTemplate db() {
        return bean(JdbcTemplate.class);
    }

    /**
     * Drops the Texas sample's three files into the district's SFTP folders (each written under a temporary name and
     * renamed, as an SFTP client would) and waits for the PR1500 run that reads them all.
     *
     * @return the id of that run
     */
    public long dropTexasSample() {
        Path home = dataDir.resolve("sftp").resolve(TX).resolve("inbound");
        for (String feed : List.of("tx-certifications", "tx-peims")) {
            for (Path file : TestFiles.list(TX_SAMPLE.resolve(feed))) {
                Path target = home.resolve(feed).resolve("2018-2019").resolve(file.getFileName().toString());
                Path part = target.resolveSibling(target.getFileName() + ".part");
                try {
                    Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !pr1500Runs().isEmpty());
        return pr1500Runs().get(0);
    }

    private List<Long> pr1500Runs() {
        return db().queryForList("select r.id from run r join run_output o on o.run_id = r.id where r.district_id = ? "
                + "and o.name = 'PR1500_Part2_Elementary.csv' and r.status like 'COMPLETED%' order by r.id", Long.class, TX);
    }

    /** A finished LEAD validation run of the Kentucky sample district, its three result files and a few issues. */
    public long leadRun() {
        return LeadFixture.create(bean(RunStore.class), dataDir, KY);
    }

    @Override
    public void close() {
        app.close();
    }


}
