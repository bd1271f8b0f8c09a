package org.edhub.hub.delivery.mail;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.core.issue.Finding;
import org.edhub.core.issue.Findings;
import org.edhub.core.issue.FixFirst;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.RuleTitles;
import org.edhub.core.issue.Severity;
import org.edhub.core.issue.SinceLastRun;
import org.edhub.core.privacy.Ssn;
import org.edhub.hub.run.RunResult;

/**
 * The one e-mail of a run: status, the files read, counts by severity, the findings to fix first (errors first, each
 * titled in the state's words, with its share, its top examples and its fix), where the reports are, and the issue
 * report attached. Issues carry no SSN in full (an issue masks
 * its value and message), and the subject and body are masked as text once more ({@link Ssn#mask}): a program's own
 * summary and the file names go into them too.
 */
public final class RunMail {
    static final int EXAMPLES_PER_RULE = 3;
    static final int RULES_LISTED = 15;
    static final int CHANGES_LISTED = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private RunMail() {
    }

    /**
     * @param deadline      the line on the program's next deadline, or empty
     * @param maxAttachment an issue report larger than this many bytes is not attached; the mail says where it is
     */
    public static ComposedMail compose(RunResult result, RuleTitles titles, String from, String outboundNote, String deadline,
                                       long maxAttachment) {
        String subject = Ssn.mask(null, "edhub: " + result.district().label() + " " + result.programTitle() + ": "
                + result.run().status());
        Path report = issueReport(result);
        boolean attach = report.toFile().length() <= maxAttachment;
        String body = Ssn.mask(null, body(result, titles, outboundNote, deadline) + (attach
                ? "The full issue report is attached: " + report.getFileName() + "\n"
                : "The full issue report (" + String.format("%,d", report.toFile().length()) + " bytes) is too large to attach: "
                        + "it is " + report.getFileName() + " with the reports (see above), and on the run's page.\n"));
        try {
            MimeMessage message = ComposedMail.addressed(from, result.district().coordinators(), subject);
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            parts.addBodyPart(text);
            if (attach) parts.addBodyPart(attachment(report));
            message.setContent(parts);
            return ComposedMail.of(result.district().coordinators(), subject, message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the mail of run " + result.run().id(), e);
        }
    }

    private static MimeBodyPart attachment(Path report) throws MessagingException {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new FileDataSource(report.toFile()) {
            @Override
            public String getContentType() {
                return "text/csv; charset=UTF-8";
            }
        }));
        attachment.setFileName(report.getFileName().toString());
        return attachment;
    }

    /** The issue report is the last output of every run. */
    private static Path issueReport(RunResult result) {
        Path last = null;
        for (Path p : result.outputs().values()) last = p;
        return last;
    }

    /** "Since run N of <date>: X fixed, Y new, Z still open", with the new and the fixed findings listed. */
    static String since(SinceLastRun since) {
        StringBuilder b = new StringBuilder("Since run ").append(since.previousRun()).append(" of ")
                .append(WHEN.format(since.previousStarted())).append(": ").append(since.counts()).append('\n');
        list(b, "New", since.added());
        list(b, "Fixed", since.fixed());
        return b.toString();
    }

    private static void list(StringBuilder b, String title, List<Issue> findings) {
        if (findings.isEmpty()) return;
        b.append(title).append(":\n");
        findings.stream().limit(CHANGES_LISTED).forEach(i -> b.append("  - ").append(i.severity()).append(' ').append(i.rule())
                .append(": ").append(i.where().isEmpty() ? "" : i.where() + ": ").append(i.message()).append('\n'));
        if (findings.size() > CHANGES_LISTED) b.append("  ... and ").append(findings.size() - CHANGES_LISTED).append(" more\n");
    }

    static String body(RunResult result, RuleTitles titles, String outboundNote, String deadline) {
        StringBuilder b = new StringBuilder();
        b.append(result.district().label()).append(", ").append(result.programTitle()).append("\n");
        b.append("Status: ").append(result.run().status()).append(" (run ").append(result.run().id()).append(", ")
                .append(WHEN.format(result.run().startedAt())).append(")\n");
        if (!deadline.isBlank()) b.append(deadline).append('\n');
        b.append('\n');
        List<String> waitingFor = result.waitingFor();
        if (!waitingFor.isEmpty()) {
            b.append("Waiting for:\n");
            waitingFor.forEach(input -> b.append("  - ").append(input).append('\n'));
            b.append("The reports are computed as soon as ").append(waitingFor.size() == 1 ? "it arrives" : "they arrive")
                    .append("; below is what the check of the files dropped so far found.\n\n");
        }
        if (result.since() != null) b.append(since(result.since())).append('\n');
        String lead = result.summary();
        if (!lead.isBlank()) b.append(lead.strip()).append("\n\n");
        b.append("Files read:\n");
        for (LedgerEntry f : result.inputs()) {
            b.append("  - ").append(f.feed()).append('/').append(f.name()).append(" (").append(String.format("%,d", f.size()))
                    .append(" bytes, received ").append(WHEN.format(f.receivedAt())).append(", SHA-256 ")
                    .append(f.sha256(), 0, 12).append("...)\n");
        }
        Map<Severity, Long> counts = result.issues().countsBySeverity();
        b.append("\nIssues: ").append(counts.get(Severity.ERROR)).append(" error(s), ").append(counts.get(Severity.WARNING))
                .append(" warning(s), ").append(counts.get(Severity.INFO)).append(" for information\n");
        findings(b, FixFirst.of(result.issues().all(), titles));
        b.append('\n').append(outboundNote).append('\n');
        return b.toString();
    }

    /**
     * The findings to fix first, as the run page lists them: errors, then warnings, then information issues, each
     * severity's largest first, titled in the state's words, with its share, examples and fix; {@link #RULES_LISTED}
     * at most, the rest in the attached report.
     */
    private static void findings(StringBuilder b, List<Findings> bySeverity) {
        int listed = 0;
        for (Findings severity : bySeverity) {
            if (listed == RULES_LISTED) break;
            b.append('\n').append(severity.heading()).append(": ").append(severity.total());
            if (severity.lesson() != null) b.append(". ").append(severity.lesson());
            b.append('\n');
            for (Finding finding : severity.largestFirst()) {
                if (listed == RULES_LISTED) break;
                listed++;
                b.append("\n").append(finding.title()).append(finding.titled() ? " (" + finding.rule() + ")" : "").append(": ")
                        .append(finding.summary()).append('\n');
                finding.issues().stream().limit(EXAMPLES_PER_RULE).forEach(i -> b.append("  - ")
                        .append(i.where().isEmpty() ? "" : i.where() + ": ").append(i.message()).append('\n'));
                if (finding.fix() != null) b.append("  Fix: ").append(finding.fix()).append('\n');
            }
        }
        int all = bySeverity.stream().mapToInt(f -> f.largestFirst().size()).sum();
        if (all > RULES_LISTED) b.append("\n  ... and ").append(all - RULES_LISTED).append(" more: see the attached report.\n");
    }
}
