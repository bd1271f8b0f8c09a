package org.edhub.hub.web.runs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The issues of a run as findings: errors first, then warnings, then information issues; within each the largest
 * finding first, titled in the state's words, with its share, its fix and its rows to expand, a hundred at a time.
 */
@Controller
public class IssuesController {
    private final VisibleRuns visible;
    private final RunFindings findings;

    public IssuesController(VisibleRuns visible, RunFindings findings) {
        this.visible = visible;
        this.findings = findings;
    }

    /** Rows of a finding shown at once; the rest page by page. */
    static final int ROWS_PER_PAGE = 100;

    /** @param rule and {@code page}: the finding paged, and its page (1 first); the other findings show their first page */
    @GetMapping("/runs/{runId}/issues")
    public String issues(@PathVariable long runId, @RequestParam(required = false) String rule,
                         @RequestParam(defaultValue = "1") int page, Model model) {
        OpenRun open = visible.open(runId);
        model.addAttribute("run", open.run());
        model.addAttribute("district", open.district());
        model.addAttribute("findings", findings.of(runId));
        model.addAttribute("pagedRule", rule);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("rowsPerPage", ROWS_PER_PAGE);
        return "issues";
    }
}
