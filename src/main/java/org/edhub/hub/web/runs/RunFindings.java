package org.edhub.hub.web.runs;

import java.util.List;

import org.edhub.core.issue.Findings;
import org.edhub.core.issue.FixFirst;
import org.edhub.core.issue.RuleTitles;
import org.edhub.hub.run.RunRuleTitles;
import org.springframework.stereotype.Service;

/**
 * The findings of a run as the run and issues pages show them: errors, then warnings, then information issues, each
 * rule's issues titled with its problem in the words of the state whose program lists the rule.
 */
@Service
public class RunFindings {
    private final RunQueries queries;
    private final RuleTitles titles;

    public RunFindings(RunQueries queries, RunRuleTitles titles) {
        this.queries = queries;
        this.titles = titles.titles();
    }

    public List<Findings> of(long runId) {
        return of(queries.issues(runId));
    }

    /** The findings of issues already read. */
    public List<Findings> of(List<org.edhub.core.issue.Issue> issues) {
        return FixFirst.of(issues, titles);
    }
}
