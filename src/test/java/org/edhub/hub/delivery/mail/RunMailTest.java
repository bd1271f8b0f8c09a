package org.edhub.hub.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.Issues;
import org.edhub.hub.district.District;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunResult;
import org.edhub.hub.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMailTest {
    @TempDir
    Path dir;

    RunResult result() throws IOException {
        Path report = Files.writeString(dir.resolve("Issues.csv"), "Severity,Rule\n");
        District district = new District("165", "KY", "Harlan Valley Independent", List.of("lead@example.org"), List.of(), null);
        RunRecord run = new RunRecord(7, "165", "ky-lead-validation", "2026-2027", RunStatus.COMPLETED, 1L,
                Instant.parse("2026-09-20T12:00:00Z"), Instant.parse("2026-09-20T12:00:05Z"), 0, 0, 0, "", dir);
        return new RunResult(district, run, "ky-lead-validation 2026-2027", List.of(), Map.of("Issues.csv", report),
                new Issues(), "", null);
    }

    @Test
    void theNextDeadlineFollowsTheStatusLine() throws IOException {
        String body = RunMail.body(result(), "Reports in outbound/2026-2027/", "Next deadline: EERP initial upload, due Thu 2026-10-01");
        assertThat(body).startsWith("Harlan Valley Independent (165), ky-lead-validation 2026-2027\n"
                + "Status: COMPLETED (run 7, 2026-09-20 12:00 UTC)\n"
                + "Next deadline: EERP initial upload, due Thu 2026-10-01\n\n");
    }

    @Test
    void withNoDeadlineAheadTheMailSaysNothingOfIt() throws IOException {
        assertThat(RunMail.body(result(), "note", "")).doesNotContain("deadline")
                .startsWith("Harlan Valley Independent (165), ky-lead-validation 2026-2027\nStatus: COMPLETED (run 7, 2026-09-20 12:00 UTC)\n\n");
    }

    @Test
    void anIssueReportTooLargeToAttachIsNamedNotAttached() throws Exception {
        ComposedMail small = RunMail.compose(result(), "hub@example.org", "note", "", 1_000_000);
        ComposedMail large = RunMail.compose(result(), "hub@example.org", "note", "", 5);
        assertThat(new String(small.mime())).contains("filename=Issues.csv").contains("The full issue report is attached");
        assertThat(new String(large.mime())).doesNotContain("filename=Issues.csv").contains("is too large to attach");
    }
}
