package org.edhub.hub.web.runs;

import java.util.ArrayList;
import java.util.List;

import org.edhub.kentucky.web.LeadTable;
import org.edhub.texas.web.Pr1500Level;

/** The result pages a run's outputs allow: a LEAD table per validation file, a PR1500 page per level. */
public final class RunViews {
    private RunViews() {
    }

    public record Link(String label, String href) {
    }

    public static List<Link> of(long runId, List<OutputView> outputs) {
        List<Link> links = new ArrayList<>();
        for (LeadTable t : LeadTable.values()) {
            if (outputs.stream().anyMatch(o -> o.is(t.fileName()))) {
                links.add(new Link("LEAD " + t.label(), "/runs/" + runId + "/lead/" + t.slug()));
            }
        }
        for (Pr1500Level l : Pr1500Level.values()) {
            if (outputs.stream().anyMatch(o -> o.is(l.fileName()))) {
                links.add(new Link("PR1500 " + l.label(), "/runs/" + runId + "/pr1500/" + l.slug()));
            }
        }
        return links;
    }
}
