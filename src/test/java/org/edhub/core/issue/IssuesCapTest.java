package org.edhub.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssuesCapTest {
    static Issue bad(String file, long row) {
        return new Issue(Severity.ERROR, "TX-CERT-COLUMNS", file, row, null, "x", "Row " + row + " has 1 column", "fix");
    }

    @Test
    void pastTheLimitOfARuleInAFileIssuesAreCountedInOneSummary() {
        Issues issues = new Issues(new IssueLimits(3, 20));
        for (long r = 1; r <= 10; r++) issues.report(bad("a.csv", r));
        issues.report(bad("b.csv", 1));
        List<Issue> all = issues.all();
        assertThat(all).hasSize(5);
        assertThat(all.subList(0, 3)).extracting(Issue::row).containsExactly(1L, 2L, 3L);
        assertThat(all.get(3).file()).isEqualTo("b.csv");
        Issue summary = all.get(4);
        assertThat(summary.field()).isEqualTo(Issues.NOT_LISTED);
        assertThat(summary.message()).startsWith("7 more TX-CERT-COLUMNS finding(s) in a.csv are not listed: the first 3 are; "
                + "the first not listed: a.csv row 4: Row 4 has 1 column");
        assertThat(issues.countsBySeverity().get(Severity.ERROR)).as("the counts are every finding's").isEqualTo(11L);

        Issues upstream = new Issues(new IssueLimits(3, 20));
        all.forEach(upstream::report);
        assertThat(upstream.all()).as("a summary passes through another collection").isEqualTo(all);
    }

    @Test
    void whatIsWithdrawnOfARuleAboutAFileIsGoneWithItsSummaryAndTheRestStays() {
        Issues issues = new Issues(new IssueLimits(3, 20));
        for (long r = 1; r <= 5; r++) issues.report(bad("a.csv", r));
        issues.report(bad("b.csv", 1));
        issues.withdraw("TX-CERT-COLUMNS", "a.csv");
        assertThat(issues.all()).extracting(Issue::file).containsExactly("b.csv");
        issues.report(bad("a.csv", 9));
        assertThat(issues.all()).as("counted anew").extracting(Issue::row).containsExactly(1L, 9L);
    }

    @Test
    void aLongValueIsCutWithTheNumberOfCharactersLeftOut() {
        Issues issues = new Issues(new IssueLimits(3, 10));
        issues.report(bad("a.csv", 1).field("Grade Level", "x".repeat(1_000_000)));
        assertThat(issues.all().get(0).value()).isEqualTo("xxxxxxxxxx… (999990 more characters)");
    }

    @Test
    void aValueCutOnceIsNotCutAgainWhenItsIssuePassesToAnotherRunsIssues() {
        Issues program = new Issues(new IssueLimits(3, 10));
        program.report(bad("a.csv", 1).field("Grade Level", "x".repeat(50_000)));
        Issues run = new Issues(new IssueLimits(3, 10));
        program.all().forEach(run::report);
        assertThat(run.all().get(0).value()).isEqualTo("xxxxxxxxxx… (49990 more characters)");
    }

    @Test
    void aLongMessageQuotingAValueIsCutTooWithTheNumberOfCharactersLeftOut() {
        Issues issues = new Issues(new IssueLimits(3, 200));
        issues.report(bad("a.csv", 1).field("Certificate Type", "y".repeat(50_000)));
        Issue quoting = new Issue(Severity.ERROR, "TX-CERT-TYPE", "a.csv", 2L, "Certificate Type", "y",
                "Unknown certificate type '" + "y".repeat(50_000) + "'", "fix");
        issues.report(quoting);
        String message = issues.all().get(1).message();
        assertThat(message).hasSize(1000 + "… (49027 more characters)".length()).endsWith("… (49027 more characters)");
        Issues again = new Issues(new IssueLimits(3, 200));
        issues.all().forEach(again::report);
        assertThat(again.all().get(1).message()).isEqualTo(message);
    }
}
