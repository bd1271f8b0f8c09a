package org.edhub.hub.intake;

import java.io.File;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.edhub.hub.district.HubProperties;
import org.springframework.stereotype.Component;

/**
 * The pickup route's bean: from the SFTP consumer's exchange to {@link Intake}, and back the remote move target. A
 * file the intake fails on stays in the inbox and is read again; it is handed back only after the poll delay, since
 * the pickup polls again at once after a poll that took files (PickupRoutes), and a failure that lasts (the database
 * down) must be retried once per poll delay, not as fast as a poll can follow the last.
 */
@Component("pickup")
public class Pickup {
    private final Intake intake;
    private final Duration pollDelay;

    public Pickup(Intake intake, HubProperties properties) {
        this.intake = intake;
        this.pollDelay = properties.pollDelay();
    }

    public String receive(@Header("edhubDistrict") String districtId, @Header(Exchange.FILE_NAME) String relativePath,
                          @Header(Exchange.FILE_LAST_MODIFIED) Long lastModified, @Body File localCopy) {
        try {
            return intake.receive(districtId, relativePath, lastModified == null ? null : Instant.ofEpochMilli(lastModified),
                    localCopy.toPath());
        } catch (RuntimeException e) {
            pause();
            throw e;
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollDelay.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
