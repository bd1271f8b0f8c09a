package org.edhub.hub.web.runs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The issues of a run as findings: errors first, then warnings, then information issues; within each the largest
 * finding first, titled in the state's words, with its share, its fix and its rows to expand.
 */
@Controller
public class IssuesController {
    private final VisibleRuns visible;
    private final RunFindings findings;

    public IssuesController(VisibleRuns visible, RunFindings findings) {
        this.visible = visible;
        this.findings = findings;
    }

    @GetMapping("/runs/{runId}/issues")
    public String issues(@PathVariable long runId, Model model) {
        OpenRun open = visible.open(runId);
        model.addAttribute("run", open.run());
        model.addAttribute("district", open.district());
        model.addAttribute("findings", findings.of(runId));
        return "issues";
    }
}
