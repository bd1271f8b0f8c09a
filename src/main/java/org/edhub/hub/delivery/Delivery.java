package org.edhub.hub.delivery;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.hub.deadline.DeadlineCalendar;
import org.edhub.hub.delivery.mail.MailOutbox;
import org.edhub.hub.delivery.mail.RunMail;
import org.edhub.hub.delivery.outbound.OutboundDelivery;
import org.edhub.hub.district.HubProperties;
import org.edhub.core.program.SchoolYear;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.RunDelivery;
import org.edhub.hub.run.RunResult;
import org.edhub.hub.run.RunRuleTitles;
import org.edhub.hub.run.RunStatus;
import org.springframework.stereotype.Service;

/**
 * Hands a finished run to the district: its reports to the outbound folder, upload files to the state's destination
 * when one is configured, its e-mail to the outbox.
 */
@Service
public class Delivery implements RunDelivery {
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());
    private final Outbound outbound;
    private final MailOutbox outbox;
    private final HubProperties properties;
    private final Programs programs;
    private final DeadlineCalendar deadlines;
    private final RunRuleTitles titles;

    public Delivery(Outbound outbound, MailOutbox outbox, HubProperties properties, Programs programs,
                    DeadlineCalendar deadlines, RunRuleTitles titles) {
        this.titles = titles;
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
            note = said(outbound.put(run, result.district(), year, result.outputs()), "The reports",
                    "Reports in outbound/" + year + "/: " + String.join(", ", result.outputs().keySet()));
            Map<String, Path> uploads = stateUploads(result);
            HubProperties.StateDestination state = properties.stateDestination(result.district().state()).orElse(null);
            if (!uploads.isEmpty() && state != null) {
                note += "\n" + said(outbound.putForState(run, state, result.district(), uploads), "The state upload files",
                        "Sent to the state's SFTP destination: " + String.join(", ", uploads.keySet()));
            }
        }
        outbox.queue(result.run().id(), result.district().id(), RunMail.compose(result, titles.titles(), properties.mail().from(), note,
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

    /** What the mail says of a delivery's first attempt. */
    private static String said(OutboundDelivery delivery, String what, String done) {
        if (delivery.delivered()) return done;
        if (delivery.replaced()) return what + ": a later run's took their place in " + delivery.folder() + "/.";
        String failed = what + " could not be put in " + delivery.folder() + "/ (" + delivery.lastError() + ")";
        if (!delivery.retrying()) return failed + "; the folder keeps the previous ones and the operator can replay the run.";
        return failed + ". The hub tries again at " + TIME.format(delivery.nextAttemptAt()) + ", with a longer wait after each "
                + "failure; until they are in, the folder keeps the previous ones, and the run's page says how it goes.";
    }
}
