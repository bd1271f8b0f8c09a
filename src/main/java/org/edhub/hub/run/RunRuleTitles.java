package org.edhub.hub.run;

import java.util.ArrayList;
import java.util.List;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleTitles;
import org.edhub.core.text.TextRule;
import org.edhub.hub.program.Programs;
import org.springframework.stereotype.Component;

/**
 * The title of every rule a run can report, in the words of the state whose program lists it: the hub's own rules,
 * the checks of every text file, and each installed program's. What a run's findings are titled with, on its pages and
 * in its mail.
 */
@Component
public class RunRuleTitles {
    private final RuleTitles titles;

    public RunRuleTitles(Programs programs) {
        List<Rule> rules = new ArrayList<>(List.of(HubRule.values()));
        rules.addAll(List.of(TextRule.values()));
        programs.all().forEach(p -> rules.addAll(p.rules()));
        this.titles = RuleTitles.of(rules);
    }

    public RuleTitles titles() {
        return titles;
    }
}
