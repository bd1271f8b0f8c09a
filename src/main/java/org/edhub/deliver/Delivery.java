package org.edhub.deliver;

import org.edhub.deliver.mail.MailOutbox;
import org.edhub.deliver.mail.RunMail;
import org.edhub.district.HubProperties;
import org.edhub.program.SchoolYear;
import org.edhub.run.RunResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Hands a finished run to the district: its reports to the outbound folder, its e-mail to the outbox. */
@Service
public class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private final Outbound outbound;
    private final MailOutbox outbox;
    private final String from;

    public Delivery(Outbound outbound, MailOutbox outbox, HubProperties properties) {
        this.outbound = outbound;
        this.outbox = outbox;
        this.from = properties.mail().from();
    }

    public void deliver(RunResult result) {
        String year = result.run().schoolYear();
        String note;
        if (!SchoolYear.isValid(year)) {
            note = "No reports: the file was not in a school-year folder.";
        } else try {
            outbound.put(result.district(), year, result.outputs());
            note = "Reports in outbound/" + year + "/: " + String.join(", ", result.outputs().keySet());
        } catch (RuntimeException e) {
            LOG.error("Run {}: cannot write the reports to outbound/{} of district {}", result.run().id(), year,
                    result.district().id(), e);
            note = "The reports could not be written to outbound/" + year + "/ (" + e.getMessage()
                    + "); the hub keeps them and the operator can replay the run.";
        }
        outbox.queue(result.run().id(), result.district().id(), RunMail.compose(result, from, note));
    }
}
