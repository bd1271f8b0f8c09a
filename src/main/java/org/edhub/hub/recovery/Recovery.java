package org.edhub.hub.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.edhub.core.privacy.PrivateFiles;
import org.edhub.core.program.TemporaryFolder;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.cluster.InstanceSettings;
import org.edhub.hub.cluster.Instances;
import org.edhub.hub.cluster.Leadership;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.ledger.InputStore;
import org.edhub.hub.operations.OperatorAlerts;
import org.edhub.hub.run.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a stop leaves is put right: by the instance itself when it starts again, and, when it does not come back, by
 * any other instance once its heartbeat is stale. Its runs in progress are failed as interrupted (their files are
 * still in the district's inbox, and whichever instance leads the district now reads them again), and its scratch
 * files are deleted: the runs' temporary folders (the PR1500 count's spill files hold SSNs), the downloads of the
 * pickup's local work folder and the partial copies of the input store. An instance found stopped by another is
 * alerted to the operator once ({@link OperatorAlerts#instanceStopped}).
 */
@Component("instanceRecovery")
public class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private final HubInstance self;
    private final Instances instances;
    private final RunStore runs;
    private final InputStore store;
    private final HubProperties properties;
    private final InstanceSettings settings;
    private final OperatorAlerts alerts;
    private volatile UncleanStop uncleanStop;

    public Recovery(HubInstance self, Instances instances, RunStore runs, InputStore store, HubProperties properties,
                    InstanceSettings settings, OperatorAlerts alerts) {
        this.self = self;
        this.instances = instances;
        this.runs = runs;
        this.store = store;
        this.properties = properties;
        this.settings = settings;
        this.alerts = alerts;
    }

    /** At start-up, before any pickup: this instance's own interrupted runs and scratch files. */
    public void atStart() {
        Optional<Instances.Stopped> lastRun = instances.started();
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) LOG.warn("{} run(s) were interrupted by the last stop; their files are read again", interrupted);
        int folders = TemporaryFolder.sweep(self.temporaryDir()) + TemporaryFolder.sweep(properties.temporaryDir());
        int files = deleteFilesOf(self.name());
        if (folders + files > 0) {
            LOG.warn("Deleted what the last stop left behind: {} temporary folder(s) of runs, {} partly read file(s)", folders, files);
        }
        if (lastRun.isPresent() && (interrupted > 0 || !lastRun.get().clean())) {
            if (interrupted == 0) LOG.warn("The last stop of this instance was not a clean shutdown (last heartbeat {})", lastRun.get().lastHeartbeat());
            uncleanStop = new UncleanStop(lastRun.get(), new OperatorAlerts.PutRight(self.name(), settings.staleAfter(),
                    interrupted, folders, files));
        }
    }

    /**
     * Once the routes run (the alert's mail goes through them): the last stop of this instance was not a clean
     * shutdown ({@link CleanStop}): a crash, a kill, or a shutdown that did not wait for its runs, alerted once to the
     * operator whether or not runs were interrupted. A stop that another instance found first has been alerted by it,
     * under the same key, and is not alerted again.
     */
    public void alertUncleanStop() {
        UncleanStop stop = uncleanStop;
        uncleanStop = null;
        if (stop != null) alerts.instanceRestarted(stop.lastRun(), stop.putRight());
    }

    private record UncleanStop(Instances.Stopped lastRun, OperatorAlerts.PutRight putRight) {
    }

    /**
     * Every heartbeat period: this instance is alive; the instances that have stopped have their runs failed and
     * their scratch files deleted, are alerted, and are then forgotten; the leadership locks are the hub's user's only.
     */
    public void heartbeat() {
        instances.beat();
        for (Instances.Stopped stopped : instances.stopped()) {
            int interrupted = runs.failInterruptedOf(stopped.name());
            int folders = TemporaryFolder.sweep(self.temporaryDirOf(stopped.name()));
            int files = deleteFilesOf(stopped.name());
            LOG.warn("Hub instance {} has stopped (no heartbeat for {} s): {} run(s) failed as interrupted, their files "
                            + "read again by the district's new leader; {} temporary folder(s) and {} partly read file(s) deleted",
                    stopped.name(), settings.staleAfter().toSeconds(), interrupted, folders, files);
            alerts.instanceStopped(stopped, new OperatorAlerts.PutRight(self.name(), settings.staleAfter(), interrupted, folders, files));
            instances.forget(stopped.name());
        }
        Path locks = Leadership.root(settings, properties);
        if (Files.isDirectory(locks)) PrivateFiles.restrict(locks);
    }

    /** The partly read files an instance left: its downloads and its partial copies; returns how many. */
    private int deleteFilesOf(String instance) {
        return deleteAll(self.localWorkOf(instance)) + store.deletePartialCopies(instance);
    }

    /** Deletes a folder's contents and the folder; returns how many files it held. */
    private static int deleteAll(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            int files = 0;
            for (Path p : all) {
                if (Files.isRegularFile(p)) files++;
                Files.deleteIfExists(p);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + folder, e);
        }
    }
}
