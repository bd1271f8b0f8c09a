package org.edhub.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The drop benchmark's section of docs/benchmarks.md: a row per drop, then per sample its median and worst wait. */
final class DropReport {
    private static final String COLUMNS = "| sample | files | round | load (1 min) | puts s | drop → files read s | drop → reports s "
            + "| drop → mail s | mail within settle + 10 s |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n";

    private DropReport() {
    }

    static BenchReport of(List<DropBench.Timed> timed) {
        Duration settle = timed.get(0).settle();
        Duration target = settle.plusSeconds(10);
        BenchReport report = new BenchReport("drop", "Drop to reports and mail over SFTP (issue 15)", COLUMNS);
        for (DropBench.Timed t : timed) {
            report.row(List.of(t.sample().label(), String.valueOf(t.sample().puts().size()), String.valueOf(t.round()),
                    String.format(Locale.ROOT, "%.2f", t.load()), DropBench.seconds(t.put()), DropBench.seconds(t.read()),
                    DropBench.seconds(t.reports()), DropBench.seconds(t.mail()), within(t.mail(), target) ? "yes" : "**no**"));
        }
        report.note("Each drop on a hub of its own, started with its defaults: settle period " + settle.toSeconds()
                + " s, poll delay 5 s, mail retry delay 30 s; the embedded SFTP server (MINA SSHD) and a GreenMail SMTP server "
                + "on the same machine. Times run from the end of the last put; \"files read\" is the ledger's last received-at, "
                + "\"reports\" the moment every report of the drop's runs is in outbound/<year>/, \"mail\" the moment the SMTP "
                + "server has every mail of the drop (Texas one, Kentucky two: the LEAD extract and the LEAD validation).");
        for (String sample : timed.stream().map(t -> t.sample().label()).distinct().toList()) {
            List<Duration> mails = timed.stream().filter(t -> t.sample().label().equals(sample)).map(DropBench.Timed::mail).toList();
            List<Duration> done = mails.stream().filter(Objects::nonNull).sorted().toList();
            report.note(String.format(Locale.ROOT, "%s: drop to mail median %s s, worst %s s; target %d s (settle + 10 s): %s.", sample,
                    done.isEmpty() ? "-" : DropBench.seconds(done.get(done.size() / 2)),
                    done.size() < mails.size() ? "not within the bench's limit" : DropBench.seconds(done.get(done.size() - 1)),
                    target.toSeconds(), mails.stream().allMatch(m -> within(m, target)) ? "met in every round" : "**missed**"));
        }
        report.note(String.format(Locale.ROOT, "Load average (1 min) at the drops: %.2f to %.2f on %d cores.",
                timed.stream().mapToDouble(DropBench.Timed::load).min().orElse(0),
                timed.stream().mapToDouble(DropBench.Timed::load).max().orElse(0), Runtime.getRuntime().availableProcessors()));
        report.note("The first round runs in a cold JVM (classes loaded and code compiled during the runs); later rounds "
                + "start a new hub in the same, warm JVM, as a hub that has run for a while.");
        return report;
    }

    private static boolean within(Duration d, Duration target) {
        return d != null && d.compareTo(target) <= 0;
    }
}
