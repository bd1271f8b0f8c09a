package org.edhub.hub.web.runs;

import java.nio.file.Path;
import java.util.Set;

import org.edhub.core.issue.SinceLastRun;
import org.edhub.core.page.RunOutputs;
import org.edhub.core.page.ShownRun;
import org.edhub.hub.run.RunHistory;
import org.springframework.stereotype.Component;

/** The runs and outputs the state programs' pages show, opened with the signed-in user's access checked. */
@Component
public class RunPages implements RunOutputs {
    private final VisibleRuns visible;
    private final RunHistory history;

    public RunPages(VisibleRuns visible, RunHistory history) {
        this.visible = visible;
        this.history = history;
    }

    @Override
    public ShownRun open(long runId) {
        OpenRun open = visible.open(runId);
        return new ShownRun(open.id(), open.run().districtId(), open.district().label(), open.run().schoolYear(),
                open.run().program());
    }

    @Override
    public Path output(long runId, String name) {
        return visible.output(runId, name).path();
    }

    @Override
    public Set<String> newFindings(long runId) {
        return history.since(visible.open(runId).run()).map(SinceLastRun::addedKeys).orElse(Set.of());
    }
}
