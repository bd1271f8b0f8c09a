package org.edhub.hub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.ledger.InputStore;
import org.edhub.hub.operations.SftpOutages;
import org.edhub.hub.run.RunStore;
import org.edhub.core.privacy.PrivateFiles;
import org.edhub.core.program.TemporaryFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one pickup route per configured district from the {@code district-pickup} template of
 * {@code routes/pickup.camel.yaml}, once the routes are loaded. Before that, runs a previous stop interrupted are
 * marked FAILED: their files are still in the inbox and are read again; and what they left on disk is deleted: their
 * temporary folders (the PR1500 count's spill files hold SSNs), the downloads in the pickup's local work folder and
 * the partial copies of the input store.
 */
@Component
public class PickupRoutes implements CamelContextConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PickupRoutes.class);
    /** SFTP (version 3, as camel-sftp speaks it) gives modification times in whole seconds. */
    static final long SFTP_TIME_RESOLUTION_MS = 1000;
    /** How often a file not yet settled is looked at again within a poll. */
    static final long CHECK_INTERVAL_MS = 1000;
    private final Districts districts;
    private final HubProperties properties;
    private final RunStore runs;
    private final InputStore store;
    private final DropRefusals refusals;
    private final SftpOutages outages;

    public PickupRoutes(Districts districts, HubProperties properties, RunStore runs, InputStore store, DropRefusals refusals,
                        SftpOutages outages) {
        this.refusals = refusals;
        this.outages = outages;
        this.districts = districts;
        this.properties = properties;
        this.runs = runs;
        this.store = store;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        for (String kept : List.of("inputs", "runs", "mail", "work", "tmp")) PrivateFiles.createFolders(properties.dataDir().resolve(kept));
        PrivateFiles.restrict(properties.dataDir());
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) LOG.warn("{} run(s) were interrupted by the last stop; their files are read again", interrupted);
        int folders = TemporaryFolder.sweep(properties.temporaryDir());
        int files = deleteLocalWork() + store.deletePartialCopies();
        if (folders + files > 0) {
            LOG.warn("Deleted what the last stop left behind: {} temporary folder(s) of runs, {} partly read file(s)", folders, files);
        }
    }

    private Path localWork() {
        return properties.dataDir().resolve("work");
    }

    /** The pickup's local work folder holds a file only while it is read; what a stop left there is read again. */
    private int deleteLocalWork() {
        if (!Files.isDirectory(localWork())) return 0;
        try (Stream<Path> walk = Files.walk(localWork())) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(localWork())).toList();
            int files = 0;
            for (Path p : all) {
                if (Files.isRegularFile(p)) files++;
                Files.delete(p);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + localWork(), e);
        }
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        for (District district : districts.all()) {
            context.getRegistry().bind(filterName(district), new DropFilter(district, refusals, properties.settlePeriod()));
            context.getRegistry().bind(pollsName(district), new PickupPolls(district, outages, context));
            TemplatedRouteBuilder.builder(context, "district-pickup")
                    .routeId("pickup-" + district.id())
                    .parameter("districtId", district.id())
                    .parameter("inboundUri", inboundUri(district))
                    .add();
            LOG.info("Polling {} at sftp://{}:{}/inbound/", district.label(), district.sftp().host(), district.sftp().port());
        }
    }

    private static String filterName(District district) {
        return "dropFilter-" + district.id();
    }

    private static String pollsName(District district) {
        return "pickupPolls-" + district.id();
    }

    /**
     * The district's inbound/ folder, read once a file has settled, moved away by the intake's decision.
     * <p>
     * A drop settles as a whole: camel-sftp's changed read lock with {@code readLockMinAge} takes at once a file whose
     * modification time is older than the minimum age, so after the poll's first file has waited out the settle
     * period, the rest of the drop (written before it or with it) is taken without waiting again. A file still being
     * written keeps a fresh modification time and is not taken. SFTP gives times in whole seconds, so the minimum age
     * is the settle period plus a second: a file is taken only once it has been left alone for the settle period.
     * Greedy polling polls again at once after a poll that took files, so a drop seen in part by one poll is not kept
     * waiting for the poll delay. Every depth is listed, and the district's {@link DropFilter} keeps to the files at
 * {@code <feed>/<school-year>/<name>}, telling the district once of anything else it finds there. The age is measured against the hub's clock: README, "Settle period". The read lock is
 * {@link UnchangedWhileRead}, which has these settings and also discards the read of a file that changed meanwhile.
     * A server that cannot be reached fails the poll ({@link PickupPolls} tells the operator's outages of it): after
     * three failed polls in a row the pickup waits six poll delays before it tries again.
     */
    String inboundUri(District district) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("recursive", "true");
        options.put("minDepth", "1");
        options.put("maxDepth", "4");
        options.put("filter", "#" + filterName(district));
        options.put("antExclude", "**/*.part,**/*.filepart,**/*.tmp,**/*.swp");
        options.put("exclusiveReadLockStrategy", "#unchangedWhileRead");
        options.put("localWorkDirectory", localWork().resolve(district.id()).toAbsolutePath().toString());
        options.put("move", "${header.edhubMoveTo}");
        options.put("sorter", "#readyMarkerLast");
        options.put("delay", Long.toString(properties.pollDelay().toMillis()));
        options.put("greedy", "true");
        options.put("autoCreate", "false");
        options.put("backoffErrorThreshold", "3");
        options.put("backoffMultiplier", "6");
        options.put("throwExceptionOnConnectFailed", "true");
        options.put("pollStrategy", "#" + pollsName(district));
        options.put("exceptionHandler", "#" + pollsName(district));
        return DistrictSftp.uri(district, "inbound", options);
    }
}
