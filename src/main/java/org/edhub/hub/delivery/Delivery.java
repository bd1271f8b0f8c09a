package org.edhub.hub.delivery;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.hub.deadline.DeadlineCalendar;
import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.delivery.mail.RunMail;
import org.edhub.hub.district.HubProperties;
import org.edhub.core.program.SchoolYear;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.RunDelivery;
import org.edhub.hub.run.RunResult;
import org.edhub.hub.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands a finished run to the district: its reports to the outbound folder, upload files to the state's destination
 * when one is configured, its e-mail to the outbox.
 */
@Service
public class Delivery implements RunDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private final Outbound outbound;
    private final MailOutbox outbox;
    private final HubProperties properties;
    private final Programs programs;
    private final DeadlineCalendar deadlines;

    public Delivery(Outbound outbound, MailOutbox outbox, HubProperties properties, Programs programs,
                    DeadlineCalendar deadlines) {
        this.deadlines = deadlines;
        this.outbound = outbound;
        this.outbox = outbox;
        this.properties = properties;
        this.programs = programs;
    }

    @Override
    public void deliver(RunResult result) {
        String year = result.run().schoolYear();
        String note;
        if (!SchoolYear.isValid(year)) {
            note = "No reports: the file was not in a school-year folder.";
        } else {
            long run = result.run().id();
            note = attempt(result, "the reports to outbound/" + year + "/", () -> outbound.put(run, result.district(), year, result.outputs()),
                    "Reports in outbound/" + year + "/: " + String.join(", ", result.outputs().keySet()));
            Map<String, Path> uploads = stateUploads(result);
            HubProperties.StateDestination state = properties.stateDestination(result.district().state()).orElse(null);
            if (!uploads.isEmpty() && state != null) {
                note += "\n" + attempt(result, "the state upload files", () -> outbound.putForState(run, state, result.district(), uploads),
                        "Sent to the state's SFTP destination: " + String.join(", ", uploads.keySet()));
            }
        }
        outbox.queue(result.run().id(), result.district().id(), RunMail.compose(result, properties.mail().from(), note,
                deadlines.mailLine(result.district(), result.run().program()), properties.mail().maxAttachment().toBytes()));
    }

    /** The outputs of a completed run that its program uploads to the state. */
    private Map<String, Path> stateUploads(RunResult result) {
        if (result.run().status() != RunStatus.COMPLETED && result.run().status() != RunStatus.COMPLETED_WITH_ISSUES) return Map.of();
        List<String> names = programs.named(result.run().program()).map(StateProgram::stateUploads).orElse(List.of());
        Map<String, Path> uploads = new LinkedHashMap<>(result.outputs());
        uploads.keySet().retainAll(names);
        return uploads;
    }

    private String attempt(RunResult result, String what, Runnable put, String done) {
        try {
            put.run();
            return done;
        } catch (RuntimeException e) {
            LOG.error("Run {} of district {}: cannot write {}", result.run().id(), result.district().id(), what, e);
            return "Could not write " + what + " (" + e.getMessage() + "); the hub keeps them and the operator can replay the run.";
        }
    }
}
