package org.edhub.hub.intake;

import java.io.File;
import java.time.Instant;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The pickup route's bean: from the SFTP consumer's exchange to {@link Intake}, and back the remote move target. */
@Component("pickup")
public class Pickup {
    private final Intake intake;

    public Pickup(Intake intake) {
        this.intake = intake;
    }

    public String receive(@Header("edhubDistrict") String districtId, @Header(Exchange.FILE_NAME) String relativePath,
                          @Header(Exchange.FILE_LAST_MODIFIED) Long lastModified, @Body File localCopy) {
        return intake.receive(districtId, relativePath, lastModified == null ? null : Instant.ofEpochMilli(lastModified),
                localCopy.toPath());
    }
}
