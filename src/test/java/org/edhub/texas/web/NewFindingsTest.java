package org.edhub.texas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.edhub.core.issue.FindingKey;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Severity;
import org.junit.jupiter.api.Test;

class NewFindingsTest {
    @Test
    void aCampusOrTeacherIsMarkedWhenANewFindingNamesIt() {
        Issue unmapped = new Issue(Severity.WARNING, "TX-PR1500-SERVICE-ID-UNMAPPED", "staff.xml", 412L, "TX-ServiceId", "N1290001",
                "Service ID 'N1290001' of teacher 1000000012 at campus 099902102 is not in the service-ID table", "fix");
        NewFindings marks = new NewFindings(Set.of(FindingKey.of(unmapped)));
        assertThat(marks.mention("099902102")).isTrue();
        assertThat(marks.mention("1000000012")).isTrue();
        assertThat(marks.mention("099902101")).isFalse();
        assertThat(marks.mention("")).isFalse();
        assertThat(new NewFindings(Set.of()).mention("099902102")).isFalse();
    }
}
