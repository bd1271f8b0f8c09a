package org.edhub.hub.intake;

import java.io.File;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.edhub.core.privacy.PrivateFiles;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.log.LogFields;
import org.edhub.hub.run.DropRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pickup route's bean: from the SFTP consumer's exchange to {@link Intake}, and back the remote move target. A
 * file that changed while it was read ({@link UnchangedWhileRead}) never reaches the intake. A file the intake fails on stays in the inbox and is read again; it is handed back only after the poll delay, since
 * the pickup polls again at once after a poll that took files (PickupRoutes), and a failure that lasts (the database
 * down) must be retried once per poll delay, not as fast as a poll can follow the last. Every line logged meanwhile
 * carries the district, feed and file ({@link LogFields}).
 */
@Component("pickup")
public class Pickup {
    private static final Logger LOG = LoggerFactory.getLogger(Pickup.class);
    private final Intake intake;
    private final Duration pollDelay;
    /** Where camel-sftp downloads a file while it is read (PickupRoutes): made with the umask, so restricted here. */
    private final HubInstance instance;

    public Pickup(Intake intake, HubProperties properties, HubInstance instance) {
        this.intake = intake;
        this.pollDelay = properties.pollDelay();
        this.instance = instance;
    }

    public String receive(@Header("edhubDistrict") String districtId, @Header(Exchange.FILE_NAME) String relativePath,
                          @Header(Exchange.FILE_LAST_MODIFIED) Long lastModified, @Body File localCopy, Exchange exchange) {
        int slash = relativePath.indexOf('/');
        try (LogFields fields = LogFields.of(LogFields.DISTRICT, districtId, LogFields.FEED,
                slash > 0 ? relativePath.substring(0, slash) : null, LogFields.FILE, relativePath)) {
            return receiveLogged(districtId, relativePath, lastModified, localCopy, exchange);
        }
    }

    private String receiveLogged(String districtId, String relativePath, Long lastModified, File localCopy, Exchange exchange) {
        long size = localCopy.length();
        PrivateFiles.restrict(instance.localWork(districtId));
        UnchangedWhileRead.changedSinceTaken(exchange, size).ifPresent(why -> readAgain(districtId, relativePath, why));
        String moveTo;
        try {
            DropRest rest = exchange.getProperty(UnchangedWhileRead.INBOX, DropRest.NONE, DropRest.class);
            moveTo = intake.receive(districtId, relativePath, lastModified == null ? null : Instant.ofEpochMilli(lastModified),
                    localCopy.toPath(), rest);
        } catch (RuntimeException e) {
            pause();
            throw e;
        }
        UnchangedWhileRead.changedSinceTaken(exchange, size).ifPresent(why -> readAgain(districtId, relativePath,
                why.replace("while it was read", "while its run was computed") + "; the bytes read stay its version until then"));
        return moveTo;
    }

    /** Leaves the file in the inbox: the route's configuration rolls the exchange back, and a later poll reads it. */
    private static void readAgain(String districtId, String relativePath, String why) {
        LOG.info("District {}: {} is read again once it has settled: {}", districtId, relativePath, why);
        throw new ChangedWhileRead("District " + districtId + ": " + relativePath + ": " + why);
    }

    private void pause() {
        try {
            Thread.sleep(pollDelay.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
