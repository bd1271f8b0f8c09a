package org.edhub.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SinceLastRunTest {
    static Issue section(String rule, String sectionId) {
        return new Issue(Severity.ERROR, rule, null, null, "Section ID", sectionId, "Courses: section " + sectionId, "fix");
    }

    static Issue fileRow(long row, String value) {
        return new Issue(Severity.WARNING, "TX-CERT-TYPE", "certs.csv", row, "Cert Typ Code", value,
                "Cert Typ Code '" + value + "' in row " + row + " is unknown", "fix");
    }

    @Test
    void aFindingIsTheSameWhereverItsRowMovedAndWhateverItsMessageSaysOfTheRecord() {
        assertThat(FindingKey.of(fileRow(22, "XYZ"))).isEqualTo(FindingKey.of(fileRow(25, "XYZ")));
        assertThat(FindingKey.of(fileRow(22, "XYZ"))).isNotEqualTo(FindingKey.of(fileRow(22, "QQQ")));
        Issue a = section("KY-LEAD-COURSE-OUT-OF-FIELD", "5206");
        Issue b = new Issue(Severity.ERROR, a.rule(), null, null, "Section ID", "5206", "Courses: section 5206, 31 students", "fix");
        assertThat(FindingKey.of(a)).isEqualTo(FindingKey.of(b));
        assertThat(FindingKey.of(List.of(a, b))).containsExactly(FindingKey.of(a), FindingKey.of(a) + "#2");
    }

    @Test
    void fixedNewAndStillOpenCountErrorsAndWarningsOnly() {
        Issue info = new Issue(Severity.INFO, "HUB-INFO", null, null, null, null, "for information", null);
        List<Issue> before = List.of(section("R1", "1"), section("R1", "2"), section("R2", "3"), fileRow(4, "XYZ"), info);
        List<Issue> now = List.of(section("R1", "2"), section("R2", "3"), section("R2", "9"), fileRow(7, "XYZ"));
        SinceLastRun since = SinceLastRun.compare(41, Instant.EPOCH, before, now);
        assertThat(since.counts()).isEqualTo("1 fixed, 1 new, 3 still open");
        assertThat(since.fixed()).extracting(Issue::value).containsExactly("1");
        assertThat(since.added()).extracting(Issue::value).containsExactly("9");
        assertThat(since.addedKeys()).containsExactly(FindingKey.of(section("R2", "9")));
    }

    @Test
    void aFindingFoundTwiceAndThenOnceIsOneFixed() {
        SinceLastRun since = SinceLastRun.compare(1, Instant.EPOCH, List.of(fileRow(3, ""), fileRow(9, "")), List.of(fileRow(5, "")));
        assertThat(since.counts()).isEqualTo("1 fixed, 0 new, 1 still open");
    }
}
