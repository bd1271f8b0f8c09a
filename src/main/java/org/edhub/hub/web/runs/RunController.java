package org.edhub.hub.web.runs;

import org.edhub.hub.retention.Retention;

import java.util.List;

import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.delivery.outbound.OutboundDeliveries;
import org.edhub.core.issue.Issue;
import org.edhub.hub.run.RunHistory;
import org.edhub.hub.run.WaitingFor;
import org.edhub.hub.web.Show;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One run: status (and what a waiting run waits for), where its reports are, what changed since the previous run, issue counts, what to fix
 * first, inputs, outputs to download, result pages and the replay button.
 */
@Controller
public class RunController {
    private final VisibleRuns visible;
    private final RunQueries queries;
    private final Replay replay;
    private final RunViews views;
    private final RunFindings findings;
    private final RunHistory history;
    private final MailOutbox mail;
    private final OutboundDeliveries deliveries;
    private final Show show;
    private final Retention retention;

    public RunController(VisibleRuns visible, RunQueries queries, Replay replay, RunViews views, RunFindings findings,
                         RunHistory history, MailOutbox mail, OutboundDeliveries deliveries, Show show, Retention retention) {
        this.retention = retention;
        this.deliveries = deliveries;
        this.show = show;
        this.history = history;
        this.mail = mail;
        this.visible = visible;
        this.queries = queries;
        this.replay = replay;
        this.views = views;
        this.findings = findings;
    }

    @GetMapping("/runs/{runId}")
    public String run(@PathVariable long runId, Model model) {
        OpenRun open = visible.open(runId);
        List<OutputView> outputs = queries.outputs(runId);
        model.addAttribute("run", open.run());
        model.addAttribute("district", open.district());
        model.addAttribute("inputs", queries.inputs(runId));
        List<Issue> issues = queries.issues(runId);
        model.addAttribute("waitingFor", WaitingFor.inputs(issues));
        model.addAttribute("outputs", outputs);
        model.addAttribute("views", views.of(open.run(), outputs));
        java.util.Optional<java.time.Instant> purged = retention.purgedAt(runId);
        model.addAttribute("purged", purged.map(show::time).orElse(null));
        model.addAttribute("replayable", replay.program(open.run()).isPresent() && purged.isEmpty());
        model.addAttribute("findings", findings.of(issues));
        model.addAttribute("since", history.since(open.run()).orElse(null));
        model.addAttribute("mail", mail.statusOfRun(runId).orElse(null));
        model.addAttribute("deliveries", deliveries.ofRun(runId).stream().map(d -> DeliveryLine.of(d, show)).toList());
        return "run";
    }

    @GetMapping("/runs/{runId}/outputs/{name:.+}")
    public ResponseEntity<Resource> output(@PathVariable long runId, @PathVariable String name) {
        OutputView output = visible.output(runId, name);
        MediaType type = MediaTypeFactory.getMediaType(output.name()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(output.name()).build().toString())
                .contentType(type)
                .body(new FileSystemResource(output.path()));
    }

    @PostMapping("/runs/{runId}/replay")
    public String replay(@PathVariable long runId) {
        long replayed = replay.replay(visible.open(runId).run());
        return "redirect:/runs/" + replayed;
    }
}
