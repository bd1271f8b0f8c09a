package org.edhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleTitles;
import org.edhub.core.program.StateProgram;
import org.edhub.core.program.StatePrograms;
import org.edhub.core.text.TextRule;
import org.edhub.hub.run.HubRule;
import org.junit.jupiter.api.Test;

/** Every rule of every installed program, of the hub and of core is titled in its state's words, one title per code. */
class RuleTitlesTest {

    @Test
    void everyRuleHasATitleOfItsOwn() {
        List<Rule> rules = new ArrayList<>(List.of(HubRule.values()));
        rules.addAll(List.of(TextRule.values()));
        for (StateProgram program : StatePrograms.installed()) {
            assertThat(program.rules()).as(program.name()).isNotEmpty();
            rules.addAll(program.rules());
        }
        assertThat(rules).allSatisfy(r -> assertThat(r.title()).as(r.code()).isNotBlank().isNotEqualTo(r.code()));
        RuleTitles titles = RuleTitles.of(rules);
        assertThat(titles.of("KY-LEAD-COURSE-NO-PRIMARY-TEACHER")).isEqualTo("No Primary Teacher Assigned");
        assertThat(titles.of("TX-PR1500-SERVICE-ID-UNMAPPED")).isEqualTo("Service ID not in a PR1500 assignment");
    }
}
