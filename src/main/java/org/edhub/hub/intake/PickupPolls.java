package org.edhub.hub.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.remote.RemoteFilePollingConsumerPollStrategy;
import org.apache.camel.component.file.remote.SftpConsumer;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.LoggingExceptionHandler;
import org.edhub.hub.district.District;
import org.edhub.hub.operations.SftpOutages;
import org.edhub.hub.run.HeldRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How each poll of a district's pickup went, told to {@link SftpOutages}: a poll that worked, or one that could not
 * connect or list (the pickup's URI has camel-sftp throw on a failed connection rather than skip the poll quietly). A
 * failed poll is recovered from as camel-sftp does (force-disconnected, connected again at the next poll); it is logged
 * once per outage by {@link SftpOutages} instead of with a stack trace at each poll, so this is also the consumer's
 * exception handler, which logs any other failure as camel-sftp would. A poll that worked ends with the runs held for
 * the rest of a drop that no file it listed belongs to ({@link HeldRuns}).
 */
final class PickupPolls extends RemoteFilePollingConsumerPollStrategy implements ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PickupPolls.class);
    private final District district;
    private final String server;
    private final SftpOutages outages;
    private final ExceptionHandler others;
    private final PollListing listing;
    private final HeldRuns held;
    /** The failure of the last poll, which {@link SftpOutages} has been told of. */
    private volatile Throwable told;

    PickupPolls(District district, SftpOutages outages, CamelContext context, PollListing listing, HeldRuns held) {
        this.listing = listing;
        this.held = held;
        this.district = district;
        this.server = "sftp://" + district.sftp().host() + ":" + district.sftp().port() + "/inbound/";
        this.outages = outages;
        this.others = new LoggingExceptionHandler(context, SftpConsumer.class);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        listing.begin();
        return super.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        super.commit(consumer, endpoint, polledMessages);
        try {
            outages.reachable(district);
        } catch (RuntimeException e) {
            LOG.warn("District {}: cannot record that its SFTP server is reachable: {}", district.id(), e.toString());
        }
        try {
            held.runWhereNothingMoreIsListed(district, listing.files());
        } catch (RuntimeException e) {
            LOG.warn("District {}: the runs held for the rest of a drop wait for the next poll: {}", district.id(), e.toString());
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        told = cause;
        try {
            outages.unreachable(district, server, cause);
        } catch (RuntimeException e) {
            LOG.warn("District {}: cannot record that its SFTP server is unreachable: {}", district.id(), e.toString());
        }
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception != null && exception == told) {
            LOG.debug("District {}: poll failed: {}", district.id(), message, exception);
            return;
        }
        others.handleException(message, exchange, exception);
    }
}
