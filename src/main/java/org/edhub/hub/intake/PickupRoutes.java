package org.edhub.hub.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.run.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts one pickup route per configured district from the {@code district-pickup} template of
 * {@code routes/pickup.camel.yaml}, once the routes are loaded. Before that, runs a previous stop interrupted are
 * marked FAILED: their files are still in the inbox and are read again.
 */
@Component
public class PickupRoutes implements CamelContextConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PickupRoutes.class);
    private final Districts districts;
    private final HubProperties properties;
    private final RunStore runs;

    public PickupRoutes(Districts districts, HubProperties properties, RunStore runs) {
        this.districts = districts;
        this.properties = properties;
        this.runs = runs;
    }

    @Override
    public void beforeApplicationStart(CamelContext context) {
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) LOG.warn("{} run(s) were interrupted by the last stop; their files are read again", interrupted);
    }

    @Override
    public void afterApplicationStart(CamelContext context) {
        for (District district : districts.all()) {
            TemplatedRouteBuilder.builder(context, "district-pickup")
                    .routeId("pickup-" + district.id())
                    .parameter("districtId", district.id())
                    .parameter("inboundUri", inboundUri(district))
                    .add();
            LOG.info("Polling {} at sftp://{}:{}/inbound/", district.label(), district.sftp().host(), district.sftp().port());
        }
    }

    /** The district's inbound/ folder, read once a file has settled, moved away by the intake's decision. */
    String inboundUri(District district) {
        long settle = properties.settlePeriod().toMillis();
        Map<String, String> options = new LinkedHashMap<>();
        options.put("recursive", "true");
        options.put("minDepth", "3");
        options.put("maxDepth", "3");
        options.put("antExclude", "**/*.part,**/*.filepart,**/*.tmp,**/*.swp");
        options.put("readLock", "changed");
        options.put("readLockCheckInterval", Long.toString(settle));
        options.put("readLockTimeout", Long.toString(settle * 3 + 1000));
        options.put("readLockMinLength", "0");
        options.put("readLockLoggingLevel", "DEBUG");
        options.put("localWorkDirectory", properties.dataDir().resolve("work").resolve(district.id()).toAbsolutePath().toString());
        options.put("move", "${header.edhubMoveTo}");
        options.put("sorter", "#readyMarkerLast");
        options.put("delay", Long.toString(properties.pollDelay().toMillis()));
        options.put("autoCreate", "false");
        options.put("backoffErrorThreshold", "3");
        options.put("backoffMultiplier", "6");
        return DistrictSftp.uri(district, "inbound", options);
    }
}
