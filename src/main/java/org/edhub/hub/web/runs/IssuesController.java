package org.edhub.hub.web.runs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The issues of a run grouped by rule, largest group first, each expanding to its rows. */
@Controller
public class IssuesController {
    private final VisibleRuns visible;
    private final RunQueries queries;

    public IssuesController(VisibleRuns visible, RunQueries queries) {
        this.visible = visible;
        this.queries = queries;
    }

    @GetMapping("/runs/{runId}/issues")
    public String issues(@PathVariable long runId, Model model) {
        OpenRun open = visible.open(runId);
        model.addAttribute("run", open.run());
        model.addAttribute("district", open.district());
        model.addAttribute("groups", IssueGroup.of(queries.issues(runId)));
        return "issues";
    }
}
