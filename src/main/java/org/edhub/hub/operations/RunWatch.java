package org.edhub.hub.operations;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.edhub.hub.district.District;
import org.edhub.hub.run.RunMonitor;
import org.edhub.hub.run.RunStatus;
import org.springframework.stereotype.Component;

/**
 * What the operator sees of runs as they end: the {@code edhub.run.duration} timer by district, program and status
 * (the districts are the configured ones, so the tag is bounded), with a few buckets for a histogram.
 */
@Component
public class RunWatch implements RunMonitor {
    /** The buckets of the duration histogram: a run of a sample takes seconds, a large district's minutes. */
    static final Duration[] BUCKETS = {Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1)};
    private final MeterRegistry registry;

    public RunWatch(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void ended(District district, String program, RunStatus status, Duration took) {
        Timer.builder("edhub.run.duration").description("How long runs of the state programs take, from start to their reports")
                .tag("district", district.id()).tag("program", program).tag("status", status.name())
                .serviceLevelObjectives(BUCKETS).register(registry).record(took);
    }
}
