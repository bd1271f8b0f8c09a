package org.edhub.hub.delivery;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.edhub.hub.delivery.outbound.AllOrNothing;
import org.edhub.hub.delivery.outbound.CannotDeliver;
import org.edhub.hub.delivery.outbound.OutboundDeliveries;
import org.edhub.hub.delivery.outbound.OutboundDelivery;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a run's reports into the district's {@code outbound/<school-year>/} over SFTP, under stable names, and its
 * upload files into the state's destination: a run's files all together or not at all (previous versions replaced
 * only once every new one is written, and put back if the swap fails midway), kept in the database until they are
 * in, tried again with a doubling wait by the {@code outbound-delivery} route (routes/outbound-delivery.camel.yaml).
 */
@Component("outbound")
public class Outbound {
    /** The route that makes one attempt of a delivery its caller holds. */
    static final String ATTEMPT = "direct:outbound-attempt";
    private static final Logger LOG = LoggerFactory.getLogger(Outbound.class);
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final OutboundDeliveries deliveries;
    private final Districts districts;
    private final HubProperties properties;
    private final Map<String, Object> folders = new ConcurrentHashMap<>();

    public Outbound(CamelContext camel, ProducerTemplate producer, OutboundDeliveries deliveries, Districts districts,
                    HubProperties properties) {
        this.camel = camel;
        this.producer = producer;
        this.deliveries = deliveries;
        this.districts = districts;
        this.properties = properties;
    }

    /** Puts the run's reports into {@code outbound/<school-year>/}, now or, failing that, later; what the attempt did. */
    public OutboundDelivery put(long runId, District district, String schoolYear, Map<String, Path> files) {
        return attemptNow(deliveries.queue(runId, district.id(), OutboundDelivery.DISTRICT, "outbound/" + schoolYear, files));
    }

    /** Puts upload files into the state's destination, under {@code <folder>/<district id>/}, now or later. */
    public OutboundDelivery putForState(long runId, HubProperties.StateDestination state, District district, Map<String, Path> files) {
        return attemptNow(deliveries.queue(runId, district.id(), OutboundDelivery.STATE, state.folder() + "/" + district.id(), files));
    }

    private OutboundDelivery attemptNow(long id) {
        try {
            producer.sendBody(ATTEMPT, id);
        } catch (RuntimeException e) {
            LOG.error("Outbound delivery {}: the attempt could not be recorded; the retry takes it once its claim ends", id, e);
        }
        return deliveries.get(id);
    }

    /**
     * Puts a delivery's files into its folder all together, one run at a time per folder (the route calls this with the
     * delivery claimed); throws when they could not be put in, the folder then holding what it held before.
     */
    public void deliver(long id) {
        OutboundDelivery delivery = deliveries.get(id);
        District district = districts.get(delivery.districtId());
        District.Sftp account = OutboundDelivery.STATE.equals(delivery.destination())
                ? properties.stateDestination(district.state()).orElseThrow(() -> new CannotDeliver(
                        "No state destination is configured for " + district.state() + " any more")).sftp()
                : district.sftp();
        String uri = DistrictSftp.uri(account, delivery.folder(), Map.of());
        SftpEndpoint endpoint = camel.getEndpoint(uri, SftpEndpoint.class);
        synchronized (folders.computeIfAbsent(uri, u -> new Object())) {
            AllOrNothing.put(endpoint, delivery.folder(), delivery.runId(), deliveries.files(id));
        }
    }
}
