package org.edhub.hub.operations;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.edhub.hub.district.District;
import org.edhub.hub.run.RunMonitor;
import org.edhub.hub.run.RunStore;
import org.edhub.hub.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the operator sees of runs as they end: the {@code edhub.run.duration} timer by district, program and status
 * (the districts are the configured ones, so the tag is bounded), with a few buckets for a histogram; and an alert for
 * a run that failed on an internal error ({@link OperatorAlerts}).
 */
@Component
public class RunWatch implements RunMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(RunWatch.class);
    /** The buckets of the duration histogram: a run of a sample takes seconds, a large district's minutes. */
    static final Duration[] BUCKETS = {Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1)};
    private final MeterRegistry registry;
    private final OperatorAlerts alerts;
    private final RunStore runs;

    public RunWatch(MeterRegistry registry, OperatorAlerts alerts, RunStore runs) {
        this.registry = registry;
        this.alerts = alerts;
        this.runs = runs;
    }

    @Override
    public void ended(District district, String program, RunStatus status, Duration took) {
        Timer.builder("edhub.run.duration").description("How long runs of the state programs take, from start to their reports")
                .tag("district", district.id()).tag("program", program).tag("status", status.name())
                .serviceLevelObjectives(BUCKETS).register(registry).record(took);
    }

    @Override
    public boolean failed(District district, long runId, String trigger, RuntimeException error) {
        try {
            return alerts.runFailed(district, runs.get(runId), trigger, error);
        } catch (RuntimeException cannot) {
            LOG.error("Run {}: cannot alert the operator of its failure", runId, cannot);
            return false;
        }
    }
}
