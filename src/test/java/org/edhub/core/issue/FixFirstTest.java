package org.edhub.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FixFirstTest {
    static final RuleTitles TITLES = RuleTitles.of(List.of(SampleRules.values()));

    @Test
    void errorsComeFirstThenWarningsThenInformationWhateverTheCounts() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.WAITING, 9);
        add(issues, SampleRules.OUT_OF_FIELD, 5);
        add(issues, SampleRules.NO_STAFF, 1);

        assertThat(FixFirst.of(issues, TITLES)).extracting(Findings::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(FixFirst.of(issues, TITLES)).extracting(Findings::heading)
                .containsExactly("Errors", "Warnings", "Information issues");
    }

    @Test
    void findingsAreTitledInTheStatesWordsLargestFirstWithTheirShareOfTheirSeverity() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.BAD_CODE, 3);
        add(issues, SampleRules.NO_TEACHER, 12);
        add(issues, SampleRules.NO_EPSB, 4);
        add(issues, SampleRules.OUT_OF_FIELD, 2);
        add(issues, SampleRules.NO_STAFF, 1);

        Findings errors = FixFirst.of(issues, TITLES).get(0);
        assertThat(errors.largestFirst()).extracting(Finding::title).containsExactly("No Primary Teacher Assigned",
                "No EPSB ID Provided", "Invalid Course Code", "No Staff Record Found");
        Finding first = errors.largestFirst().get(0);
        assertThat(first.rule()).isEqualTo("S-NO-TEACHER");
        assertThat(first.fix()).isEqualTo("Assign the primary teacher.");
        assertThat(first.count()).isEqualTo(12);
        assertThat(first.summary()).isEqualTo("12 rows, 60% of all errors");
        assertThat(errors.largestFirst().get(3).summary()).isEqualTo("1 row, 5% of all errors");
        assertThat(errors.total()).isEqualTo(20);
        // the warning's share counts warnings only
        assertThat(FixFirst.of(issues, TITLES).get(1).largestFirst().get(0).summary()).isEqualTo("2 rows, 100% of all warnings");
    }

    @Test
    void equalCountsAreOrderedByTitle() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.NO_STAFF, 2);
        add(issues, SampleRules.BAD_CODE, 2);
        assertThat(FixFirst.of(issues, TITLES).get(0).largestFirst()).extracting(Finding::title)
                .containsExactly("Invalid Course Code", "No Staff Record Found");
    }

    @Test
    void theLessonNamesTheShareOfTheLargestFourOnlyWhenThereAreMore() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.NO_EPSB, 40);
        add(issues, SampleRules.NO_TEACHER, 30);
        add(issues, SampleRules.BAD_CODE, 15);
        add(issues, SampleRules.NO_STAFF, 9);
        Findings four = FixFirst.of(issues, TITLES).get(0);
        assertThat(four.lesson()).isNull();
        assertThat(four.more()).isZero();

        add(issues, SampleRules.SPACES, 6);
        Findings five = FixFirst.of(issues, TITLES).get(0);
        assertThat(five.lesson()).isEqualTo("The 4 largest make up 94% of all errors.");
        assertThat(five.leading()).hasSize(Findings.LEADING).extracting(Finding::rule).doesNotContain("S-SPACES");
        assertThat(five.more()).isEqualTo(1);
    }

    @Test
    void aShareThatRoundsToNothingIsBelowOnePercent() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.NO_TEACHER, 999);
        add(issues, SampleRules.NO_STAFF, 1);
        assertThat(FixFirst.of(issues, TITLES).get(0).largestFirst().get(1).summary()).isEqualTo("1 row, <1% of all errors");
    }

    @Test
    void aRuleWithoutATitleOrUnknownIsTitledWithItsCode() {
        List<Issue> issues = new ArrayList<>();
        add(issues, SampleRules.UNTITLED, 1);
        issues.add(new Issue(Severity.WARNING, "X-UNKNOWN", null, null, null, null, "m", "f"));
        List<Finding> warnings = FixFirst.of(issues, TITLES).get(0).largestFirst();
        assertThat(warnings).extracting(Finding::title).containsExactly("S-UNTITLED", "X-UNKNOWN");
        assertThat(warnings).noneMatch(Finding::titled);
    }

    @Test
    void noIssuesNoFindings() {
        assertThat(FixFirst.of(List.of(), TITLES)).isEmpty();
    }

    @Test
    void aCodeWithTwoTitlesIsRefused() {
        Rule other = () -> RuleText.error("S-NO-TEACHER", "Something else", "fix");
        assertThatThrownBy(() -> RuleTitles.of(List.of(SampleRules.NO_TEACHER, other)))
                .hasMessageContaining("S-NO-TEACHER");
    }

    private static void add(List<Issue> issues, Rule rule, int n) {
        for (int i = 0; i < n; i++) issues.add(rule.issue("row " + i).at("f.csv", (long) i + 2));
    }
}
