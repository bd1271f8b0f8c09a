package org.edhub.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.edhub.hub.HubUnderTest;
import org.edhub.hub.district.HubProperties;

/**
 * {@code DropBench [--rounds N] [--report docs/benchmarks.md]}: how long a coordinator waits after a drop. Per round
 * and sample (samples/tx, 3 files; samples/ky, 15 files) a hub starts with its default timings (settle period 10 s,
 * poll delay 5 s, mail retry delay 30 s) over an embedded SFTP server and a GreenMail SMTP server, the sample is put
 * over SFTP in the README's order, and from the last put the bench times: the files read (the ledger's last
 * received-at), every report in {@code outbound/<year>/}, every mail at the SMTP server. docs/benchmarks.md says how
 * to run it.
 */
public final class DropBench {
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    /**
     * One drop with the hub's settle period, timed from its last put (how long the puts took: {@code put}); null for
     * what did not happen before the bench gave up.
     */
    record Timed(SampleDrop sample, int round, Duration settle, double load, Duration put, Duration read, Duration reports,
                 Duration mail) {
    }

    private DropBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "3"));
        System.setProperty("logging.level.root", "WARN");
        List<Timed> timed = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (SampleDrop sample : List.of(SampleDrop.texas(), SampleDrop.kentucky())) {
                Timed t = drop(sample, round);
                System.out.println(t);
                timed.add(t);
            }
        }
        BenchReport report = DropReport.of(timed);
        report.writeInto(Path.of(o.getOrDefault("--report", "docs/benchmarks.md")));
        System.out.println(report.markdown());
        System.exit(0);
    }

    static Timed drop(SampleDrop sample, int round) throws Exception {
        Path data = Files.createTempDirectory("drop-bench-");
        try (HubUnderTest hub = new HubUnderTest(data).defaultTimings().startHub()) {
            double load = Machine.loadAverage();
            Instant start = Instant.now();
            try (HubUnderTest.SftpSession s = hub.sftpSession(sample.district())) {
                for (Path file : sample.puts()) {
                    try (OutputStream out = s.sftp().write(sample.remotePath(file))) {
                        Files.copy(file, out);
                    }
                }
            }
            Instant dropped = Instant.now();
            Path outbound = hub.home(sample.district()).resolve("outbound/" + sample.year());
            Instant reports = null;
            Instant mail = null;
            while ((reports == null || mail == null) && Duration.between(dropped, Instant.now()).compareTo(GIVE_UP) < 0) {
                if (reports == null && sample.outputs().stream().allMatch(n -> Files.exists(outbound.resolve(n)))) reports = Instant.now();
                if (mail == null && hub.mail.getReceivedMessages().length >= sample.mails()) mail = Instant.now();
                Thread.sleep(20);
            }
            Timestamp read = hub.db().queryForObject("select max(received_at) from district_file", Timestamp.class);
            return new Timed(sample, round, hub.bean(HubProperties.class).settlePeriod(), load, Duration.between(start, dropped),
                    since(dropped, read == null ? null : read.toInstant()), since(dropped, reports), since(dropped, mail));
        } finally {
            delete(data);
        }
    }

    private static Duration since(Instant dropped, Instant at) {
        return at == null ? null : Duration.between(dropped, at);
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seconds(Duration d) {
        return d == null ? "not within " + GIVE_UP.toMinutes() + " min" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
