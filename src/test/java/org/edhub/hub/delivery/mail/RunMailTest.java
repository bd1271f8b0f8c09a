package org.edhub.hub.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.Issues;
import org.edhub.core.issue.RuleTitles;
import org.edhub.core.issue.SampleRules;
import org.edhub.hub.district.District;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunResult;
import org.edhub.hub.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMailTest {
    static final RuleTitles TITLES = RuleTitles.of(List.of(SampleRules.values()));

    @TempDir
    Path dir;

    RunResult result() throws IOException {
        return result(new Issues());
    }

    RunResult result(Issues issues) throws IOException {
        Path report = Files.writeString(dir.resolve("Issues.csv"), "Severity,Rule\n");
        District district = new District("165", "KY", "Harlan Valley Independent", List.of("lead@example.org"), List.of(), null);
        RunRecord run = new RunRecord(7, "165", "ky-lead-validation", "2026-2027", RunStatus.COMPLETED, 1L,
                Instant.parse("2026-09-20T12:00:00Z"), Instant.parse("2026-09-20T12:00:05Z"), 0, 0, 0, "", dir);
        return new RunResult(district, run, "ky-lead-validation 2026-2027", List.of(), Map.of("Issues.csv", report),
                issues, "", null);
    }

    @Test
    void theFindingsComeErrorsFirstTitledInTheStatesWordsWithTheirShareExamplesAndFix() throws IOException {
        Issues issues = new Issues();
        for (int row = 1; row <= 5; row++) issues.report(SampleRules.OUT_OF_FIELD.issue("certificate " + row + " expired").at("ecos.csv", (long) row));
        for (int row = 1; row <= 3; row++) issues.report(SampleRules.NO_TEACHER.issue("section " + row).at("sections.csv", (long) row));
        issues.report(SampleRules.BAD_CODE.issue("one more"));
        issues.report(SampleRules.UNTITLED.issue("untitled"));

        String body = RunMail.body(result(issues), TITLES, "note", "");
        assertThat(body).contains("\nErrors: 4\n\nNo Primary Teacher Assigned (S-NO-TEACHER): 3 rows, 75% of all errors\n"
                + "  - sections.csv row 1: section 1\n  - sections.csv row 2: section 2\n  - sections.csv row 3: section 3\n"
                + "  Fix: Assign the primary teacher.\n\nInvalid Course Code (S-BAD-CODE): 1 row, 25% of all errors\n  - one more\n"
                + "  Fix: Correct the state course code.\n\nWarnings: 6\n\n"
                + "Educator does not have permissions for (content) (S-OOF): 5 rows, 83% of all warnings\n"
                + "  - ecos.csv row 1: certificate 1 expired\n");
        assertThat(body).as("a rule with no title is named by its code").contains("\nS-UNTITLED: 1 row, 17% of all warnings\n");
        assertThat(body).as("three examples a finding").doesNotContain("certificate 4 expired");
    }

    @Test
    void theMailListsNoMoreFindingsThanItsLimitAcrossSeverities() throws IOException {
        Issues issues = new Issues();
        for (int rule = 1; rule <= RunMail.RULES_LISTED + 1; rule++) {
            issues.report(new org.edhub.core.issue.Issue(org.edhub.core.issue.Severity.ERROR, "E-" + rule, null, null, null, null, "m", null));
        }
        issues.report(new org.edhub.core.issue.Issue(org.edhub.core.issue.Severity.WARNING, "W-1", null, null, null, null, "m", null));
        String body = RunMail.body(result(issues), TITLES, "note", "");
        assertThat(body.split("\n\nE-", -1)).hasSize(RunMail.RULES_LISTED + 1);
        assertThat(body).doesNotContain("Warnings:").doesNotContain("W-1").contains("\n  ... and 2 more: see the attached report.\n");
    }

    @Test
    void moreFindingsThanTheMailListsAreLeftToTheAttachedReport() throws IOException {
        Issues issues = new Issues();
        for (int rule = 1; rule <= RunMail.RULES_LISTED + 2; rule++) {
            issues.report(new org.edhub.core.issue.Issue(org.edhub.core.issue.Severity.WARNING, "R-" + rule, null, null, null, null, "m", null));
        }
        String body = RunMail.body(result(issues), TITLES, "note", "");
        assertThat(body).contains("Warnings: 17. The 4 largest make up 24% of all warnings.\n")
                .contains("\n  ... and 2 more: see the attached report.\n");
        assertThat(body.split("\n\nR-", -1)).hasSize(RunMail.RULES_LISTED + 1);
    }

    @Test
    void theNextDeadlineFollowsTheStatusLine() throws IOException {
        String body = RunMail.body(result(), TITLES, "Reports in outbound/2026-2027/", "Next deadline: EERP initial upload, due Thu 2026-10-01");
        assertThat(body).startsWith("Harlan Valley Independent (165), ky-lead-validation 2026-2027\n"
                + "Status: COMPLETED (run 7, 2026-09-20 12:00 UTC)\n"
                + "Next deadline: EERP initial upload, due Thu 2026-10-01\n\n");
    }

    @Test
    void withNoDeadlineAheadTheMailSaysNothingOfIt() throws IOException {
        assertThat(RunMail.body(result(), TITLES, "note", "")).doesNotContain("deadline")
                .startsWith("Harlan Valley Independent (165), ky-lead-validation 2026-2027\nStatus: COMPLETED (run 7, 2026-09-20 12:00 UTC)\n\n");
    }

    @Test
    void anIssueReportTooLargeToAttachIsNamedNotAttached() throws Exception {
        ComposedMail small = RunMail.compose(result(), TITLES, "hub@example.org", "note", "", 1_000_000);
        ComposedMail large = RunMail.compose(result(), TITLES, "hub@example.org", "note", "", 5);
        assertThat(new String(small.mime())).contains("filename=Issues.csv").contains("The full issue report is attached");
        assertThat(new String(large.mime())).doesNotContain("filename=Issues.csv").contains("is too large to attach");
    }
}
