package org.edhub.hub.web.runs;

import java.util.ArrayList;
import java.util.List;

import org.edhub.core.issue.Findings;
import org.edhub.core.issue.FixFirst;
import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleTitles;
import org.edhub.core.text.TextRule;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.HubRule;
import org.springframework.stereotype.Service;

/**
 * The findings of a run as the run and issues pages show them: errors, then warnings, then information issues, each
 * rule's issues titled with its problem in the words of the state whose program lists the rule.
 */
@Service
public class RunFindings {
    private final RunQueries queries;
    private final RuleTitles titles;

    public RunFindings(RunQueries queries, Programs programs) {
        this.queries = queries;
        List<Rule> rules = new ArrayList<>(List.of(HubRule.values()));
        rules.addAll(List.of(TextRule.values()));
        programs.all().forEach(p -> rules.addAll(p.rules()));
        this.titles = RuleTitles.of(rules);
    }

    public List<Findings> of(long runId) {
        return of(queries.issues(runId));
    }

    /** The findings of issues already read. */
    public List<Findings> of(List<org.edhub.core.issue.Issue> issues) {
        return FixFirst.of(issues, titles);
    }
}
