package org.edhub.hub.web.runs;

import java.util.List;

import org.edhub.core.program.ResultPage;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.RunRecord;
import org.springframework.stereotype.Component;

/** The result pages a run offers: those its program lists for the outputs the run has. */
@Component
public class RunViews {
    private final Programs programs;

    public RunViews(Programs programs) {
        this.programs = programs;
    }

    public List<ResultPage> of(RunRecord run, List<OutputView> outputs) {
        List<String> names = outputs.stream().map(OutputView::name).toList();
        return programs.named(run.program()).map(p -> p.pages(run.id(), names)).orElse(List.of());
    }
}
