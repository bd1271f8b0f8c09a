package org.edhub.hub.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.cluster.Leadership;
import org.edhub.hub.recovery.Recovery;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.operations.SftpOutages;
import org.edhub.hub.run.HeldRuns;
import org.edhub.core.privacy.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one pickup route per configured district from the {@code district-pickup} template of
 * {@code routes/pickup.camel.yaml}, once the routes are loaded, each under the district's leadership: it polls on the
 * one instance that leads {@code pickup-<district>} ({@link Leadership}). Before that, what the instance's last stop
 * left is put right ({@link Recovery#atStart}), and the housekeeping routes' leadership is bound for their YAML.
 */
@Component
public class PickupRoutes implements CamelContextConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PickupRoutes.class);
    /** SFTP (version 3, as camel-sftp speaks it) gives modification times in whole seconds. */
    static final long SFTP_TIME_RESOLUTION_MS = 1000;
    /** How often a file not yet settled is looked at again within a poll. */
    static final long CHECK_INTERVAL_MS = 1000;
    /** The policy of the routes only one instance runs (routes/retention.camel.yaml, routes/reminders.camel.yaml). */
    static final String HOUSEKEEPING = "housekeeping";
    private final Districts districts;
    private final HubProperties properties;
    private final DropRefusals refusals;
    private final HubInstance instance;
    private final Recovery recovery;
    private final Leadership leadership;
    private final SftpOutages outages;
    private final HeldRuns held;

    public PickupRoutes(Districts districts, HubProperties properties, DropRefusals refusals, HubInstance instance,
                        Recovery recovery, Leadership leadership, SftpOutages outages, HeldRuns held) {
        this.held = held;
        this.refusals = refusals;
        this.outages = outages;
        this.districts = districts;
        this.properties = properties;
        this.instance = instance;
        this.recovery = recovery;
        this.leadership = leadership;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        for (String kept : List.of("inputs", "runs", "mail", "work", "tmp")) PrivateFiles.createFolders(properties.dataDir().resolve(kept));
        PrivateFiles.restrict(properties.dataDir());
        recovery.atStart();
        context.getRegistry().bind(HOUSEKEEPING, leadership.of(context, HOUSEKEEPING));
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        recovery.alertUncleanStop();
        for (District district : districts.all()) {
            PrivateFiles.createFolders(instance.localWork(district.id()));
            PollListing listing = new PollListing(district.id());
            context.getRegistry().bind(filterName(district), new DropFilter(district, refusals, properties.settlePeriod(), listing));
            context.getRegistry().bind(leadershipName(district), leadership.of(context, "pickup-" + district.id()));
            context.getRegistry().bind(pollsName(district), new PickupPolls(district, outages, context, listing, held));
            TemplatedRouteBuilder.builder(context, "district-pickup")
                    .routeId("pickup-" + district.id())
                    .parameter("districtId", district.id())
                    .parameter("inboundUri", inboundUri(district))
                    .parameter("leadership", leadershipName(district))
                    .add();
            LOG.info("Pickup of {} from sftp://{}:{}/inbound/ ready: it polls while this instance ({}) leads it", district.label(), district.sftp().host(),
                    district.sftp().port(), instance.name());
        }
    }

    private static String leadershipName(District district) {
        return "leadership-" + district.id();
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
        options.put("localWorkDirectory", instance.localWork(district.id()).toAbsolutePath().toString());
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
