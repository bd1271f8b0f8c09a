package org.edhub.hub.run;

import java.util.Collection;
import java.util.List;

import org.edhub.core.issue.Issue;

/**
 * What a {@link RunStatus#WAITING} run waits for: one {@link HubRule#WAITING_FOR_INPUT} issue per missing input, its
 * value the input in a coordinator's words (e.g. {@code a file in inbound/tx-peims/2018-2019/}).
 */
public final class WaitingFor {
    /** The issue's field, naming what its value is. */
    public static final String FIELD = "waiting for";

    private WaitingFor() {
    }

    public static Issue issue(String program, String input, String year) {
        return HubRule.WAITING_FOR_INPUT.issue(program + " waits for " + input + " before it computes its reports for " + year)
                .field(FIELD, input);
    }

    /** The inputs the issues say a run waits for, in the order they were found. */
    public static List<String> inputs(Collection<Issue> issues) {
        return issues.stream().filter(i -> HubRule.WAITING_FOR_INPUT.code().equals(i.rule())).map(Issue::value).toList();
    }
}
