package org.edhub.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.edhub.TestFiles;
import org.edhub.bench.Tier;
import org.edhub.hub.data.Database;
import org.edhub.hub.sftp.EmbeddedSftpServer;
import org.edhub.texas.bench.TxGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Several instances (issue 13, item 3): three processes of the packaged jar on one PostgreSQL server and one data
 * folder; ten districts drop at once; the instance running the large district's run is killed with SIGKILL in the
 * middle of it. Every file is then received once and run to its reports once, every mail reaches the SMTP server
 * once, and no run is left PROCESSING: the killed instance's runs are failed as interrupted by the instances left,
 * and the district's new leader reads its files again.
 */
class ThreeInstancesIT {
    static final String PASSWORD = "secret";
    static final String YEAR = TxGenerator.YEAR;
    /** The district whose run is killed: a district-sized drop (docs/benchmarks.md, district tier), so its run lasts. */
    static final String LARGE = "100000";
    static final List<String> SMALL = IntStream.rangeClosed(11, 19).mapToObj(i -> "0999" + i).toList();
    static final List<String> INSTANCES = List.of("a", "b", "c");

    @TempDir
    Path work;
    private final Map<String, Process> hubs = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private EmbeddedSftpServer sftp;
    private GreenMail mail;

    @AfterEach
    void stop() throws Exception {
        for (Process hub : hubs.values()) hub.destroy();
        for (Process hub : hubs.values()) hub.waitFor(30, TimeUnit.SECONDS);
        if (sftp != null) sftp.close();
        if (mail != null) mail.stop();
    }

    @Test
    void aKilledInstancesDistrictIsTakenOverAndEveryFileRunAndMailedOnce() throws Exception {
        List<String> districts = new ArrayList<>(SMALL);
        districts.add(0, LARGE);
        DriverManagerDataSource database = Database.POSTGRESQL.empty();
        JdbcTemplate db = new JdbcTemplate(database);
        sftp = EmbeddedSftpServer.start(work.resolve("sftp"), 0,
                districts.stream().map(d -> new EmbeddedSftpServer.Account(d, PASSWORD, d)).toList());
        Path knownHosts = sftp.writeKnownHosts(work.resolve("known_hosts"));
        mail = new GreenMail(new ServerSetup(TestFiles.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path large = work.resolve("large");
        new TxGenerator(Tier.DISTRICT.tx(), 20_260_401L).write(large, "district");

        for (String district : districts) {
            for (String feed : List.of("tx-certifications", "tx-peims")) {
                Files.createDirectories(sftp.root().resolve(district).resolve("inbound").resolve(feed).resolve(YEAR));
            }
        }
        List<String> settings = settings(database, districts, knownHosts);
        for (String name : INSTANCES) hubs.put(name, start(name, settings));
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(() -> INSTANCES.stream()
                .allMatch(name -> log(name).contains("Started EdhubApplication")));

        for (String district : districts) drop(district, district.equals(LARGE) ? large : Path.of("samples/tx"));

        Map<String, Object> killed = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                .until(() -> db.queryForList("select id, instance_name from run where district_id = ? and program = 'tx-pr1500' "
                        + "and status = 'PROCESSING'", LARGE).stream().findFirst().orElse(null), run -> run != null);
        String victim = (String) killed.get("instance_name");
        hubs.get(victim).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();
        long killedRun = ((Number) killed.get("id")).longValue();
        assertThat(db.queryForObject("select status from run where id = ?", String.class, killedRun))
                .as("the run of the killed instance was still in progress when it was killed").isEqualTo("PROCESSING");

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(db.queryForObject("select count(*) from run where status in ('RECEIVED', 'PROCESSING')", Integer.class)).isZero();
            for (String district : districts) {
                assertThat(db.queryForObject("select count(*) from run where district_id = ? and program = 'tx-pr1500' "
                        + "and status like 'COMPLETED%'", Integer.class, district)).as("reports of " + district).isEqualTo(1);
            }
            assertThat(db.queryForObject("select count(*) from mail_outbox where status <> 'SENT'", Integer.class)).isZero();
        });
        System.out.printf("Instance %s killed during run %d of district %s; all runs finished and mailed %.1f s later%n", victim,
                ((Number) killed.get("id")).longValue(), LARGE, (System.nanoTime() - killedAt) / 1e9);
        Thread.sleep(5_000); // a few more polls and mail ticks: nothing more may come

        assertThat(db.queryForObject("select status from run where id = ?", String.class, killedRun)).isEqualTo("FAILED");
        assertThat(db.queryForObject("select summary from run where id = ?", String.class, killedRun))
                .contains("hub instance " + victim + " stopped during the run");
        for (String district : districts) {
            assertThat(db.queryForList("select name from district_file where district_id = ? order by name", String.class, district))
                    .as("each file of " + district + " received once").hasSize(3).doesNotHaveDuplicates();
            assertThat(db.queryForList("select status from district_file where district_id = ?", String.class, district))
                    .containsOnly("ACCEPTED");
            assertThat(TestFiles.list(sftp.root().resolve(district).resolve("inbound/tx-peims/" + YEAR + "/.archive"))).hasSize(2);
            assertThat(TestFiles.list(sftp.root().resolve(district).resolve("inbound/tx-peims/" + YEAR))).containsOnly(
                    sftp.root().resolve(district).resolve("inbound/tx-peims/" + YEAR + "/.archive"));
        }
        assertThat(db.queryForObject("select count(*) from run where program = 'tx-pr1500' and status like 'COMPLETED%' and "
                + "id not in (select run_id from mail_outbox where run_id is not null)", Integer.class))
                .as("every run with reports mailed").isZero();
        MimeMessage[] received = mail.getReceivedMessages();
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : received) ids.add(m.getMessageID());
        assertThat(ids).as("no mail received twice").doesNotHaveDuplicates()
                .hasSize(db.queryForObject("select count(*) from mail_outbox", Integer.class));
        assertThat(db.queryForObject("select count(distinct run_id) from mail_outbox", Integer.class))
                .isEqualTo(db.queryForObject("select count(*) from mail_outbox", Integer.class));
        assertThat(db.queryForList("select distinct instance_name from run where status like 'COMPLETED%'", String.class))
                .as("the districts were shared among the instances").hasSizeGreaterThan(1);
        for (String name : INSTANCES) {
            if (name.equals(victim)) continue;
            assertThat(health(name)).as("the health of " + name + ", leading some districts and not others")
                    .endsWith("\"status\":\"UP\"}").doesNotContain("DOWN");
        }
    }

    private String health(String name) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + managementPorts.get(name) + "/actuator/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return answer.body();
    }

    private List<String> settings(DriverManagerDataSource database, List<String> districts, Path knownHosts) {
        List<String> s = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database.getUrl(),
                "--spring.datasource.username=" + database.getUsername(), "--spring.datasource.password=" + database.getPassword(),
                "--edhub.data-dir=" + work.resolve("data"), "--server.port=0",
                "--edhub.settle-period=1s", "--edhub.poll-delay=500ms", "--edhub.mail.retry-delay=1s",
                "--edhub.mail.smtp-host=127.0.0.1", "--edhub.mail.smtp-port=" + mail.getSmtp().getPort(),
                "--edhub.instance.heartbeat=1s", "--edhub.instance.stale-after=6s", "--edhub.instance.acquire-lock-every=1s"));
        for (int i = 0; i < districts.size(); i++) {
            String k = "--edhub.districts[" + i + "].";
            String id = districts.get(i);
            s.addAll(List.of(k + "id=" + id, k + "state=TX", k + "name=District " + id, k + "coordinators[0]=coordinator@" + id + ".example",
                    k + "feeds[0]=tx-certifications", k + "feeds[1]=tx-peims", k + "sftp.host=localhost", k + "sftp.port=" + sftp.port(),
                    k + "sftp.user=" + id, k + "sftp.password=" + PASSWORD, k + "sftp.known-hosts=" + knownHosts));
        }
        return s;
    }

    private Process start(String name, List<String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", Path.of("target/edhub.jar").toAbsolutePath().toString(), "--edhub.instance.name=" + name));
        managementPorts.put(name, TestFiles.freePort());
        command.add("--management.server.port=" + managementPorts.get(name));
        command.addAll(settings);
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) {
        try {
            return Files.readString(work.resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A district's drop: its files written under a temporary name and renamed, as a careful SFTP client does. */
    private void drop(String district, Path from) throws IOException {
        for (String feed : List.of("tx-certifications", "tx-peims")) {
            Path inbox = sftp.root().resolve(district).resolve("inbound").resolve(feed).resolve(YEAR);
            for (Path file : TestFiles.list(from.resolve(feed))) {
                Path part = inbox.resolve(file.getFileName() + ".part");
                Files.copy(file, part);
                Files.move(part, inbox.resolve(file.getFileName().toString()));
            }
        }
    }
}
