package org.edhub.hub.cluster;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.edhub.core.privacy.PrivateFiles;
import org.edhub.hub.district.HubProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which instance does what only one instance may do: each district's pickup, and the hub's housekeeping (retention,
 * deadline reminders). A route under a leadership runs on the one instance that leads its namespace
 * ({@code pickup-<district>}, {@code housekeeping}) and moves to another when that instance stops: Camel's
 * {@link ClusteredRoutePolicy} over a cluster service. By default the service is Camel's file-lock cluster service
 * on the shared data folder (one lock file per namespace: the operating system releases a dead process's lock, and
 * a waiting instance takes it within {@link InstanceSettings#acquireLockEvery()}); a {@link CamelClusterService}
 * bean configured instead (ZooKeeper, Kubernetes leases: deploy/README.md) is used as it is.
 */
@Component
public class Leadership {
    private final CamelClusterService service;

    public Leadership(ObjectProvider<CamelClusterService> configured, HubInstance self, InstanceSettings settings,
                      HubProperties properties) {
        this.service = configured.getIfAvailable(() -> fileLocks(self, settings, properties));
    }

    /** The policy of a route that runs only on the leader of {@code namespace}. */
    public RoutePolicy of(CamelContext context, String namespace) {
        try {
            if (service instanceof FileLockClusterService locks) lockFiles(Path.of(locks.getRoot()), namespace);
            if (!context.hasService(service)) context.addService(service, true, true);
            return ClusteredRoutePolicy.forNamespace(service, namespace);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot take part in the leadership of " + namespace, e);
        }
    }

    /** The folder of the file-lock cluster service's lock files: {@code edhub.instance.cluster-root}, by default {@code <data>/cluster}. */
    public static Path root(InstanceSettings settings, HubProperties properties) {
        return settings.clusterRoot() != null ? settings.clusterRoot() : properties.dataDir().resolve("cluster");
    }

    /**
     * The namespace's lock file and leader file (Camel's file-lock cluster service writes the leader's id and heartbeat
     * there), made beforehand so they are the hub's user's only whatever the umask; the service reads an empty leader
     * file as "no leader yet".
     */
    private static void lockFiles(Path root, String namespace) throws IOException {
        for (Path file : List.of(root.resolve(namespace), root.resolve(namespace + ".dat"))) {
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException madeBefore) {
                // by an earlier start, or by another instance at the same moment
            }
            PrivateFiles.restrict(file);
        }
    }

    private static CamelClusterService fileLocks(HubInstance self, InstanceSettings settings, HubProperties properties) {
        FileLockClusterService locks = new FileLockClusterService();
        locks.setId(self.name());
        locks.setRoot(PrivateFiles.createFolders(root(settings, properties)).toAbsolutePath().toString());
        locks.setAcquireLockDelay(1, TimeUnit.SECONDS);
        locks.setAcquireLockInterval(settings.acquireLockEvery().toMillis(), TimeUnit.MILLISECONDS);
        return locks;
    }
}
