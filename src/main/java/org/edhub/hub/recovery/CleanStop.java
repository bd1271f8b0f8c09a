package org.edhub.hub.recovery;

import org.edhub.hub.cluster.Instances;
import org.edhub.hub.run.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A clean shutdown says so: once Camel has stopped (its routes drained, each run in progress ended or given up after
 * the shutdown timeout), an instance with no run left in progress records that it left ({@link Instances#left}). No
 * other instance then takes it for stopped and alerts it, and its next start knows this stop was no crash. A shutdown
 * that left runs in progress records nothing: it is put right and alerted as a crash is ({@link Recovery}).
 */
@Component
public class CleanStop implements SmartLifecycle {
    /** Below Camel's ({@code SpringCamelContext}, {@code Integer.MAX_VALUE - 2049}): stopped after it. */
    static final int PHASE = Integer.MAX_VALUE - 4096;
    private static final Logger LOG = LoggerFactory.getLogger(CleanStop.class);
    private final Instances instances;
    private final RunStore runs;
    private volatile boolean running;

    public CleanStop(Instances instances, RunStore runs) {
        this.instances = instances;
        this.runs = runs;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            int left = runs.inProgress();
            if (left == 0) {
                instances.left();
            } else {
                LOG.warn("Shutting down with {} run(s) in progress: they are failed as interrupted and their files read again", left);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot record this instance's clean shutdown: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
