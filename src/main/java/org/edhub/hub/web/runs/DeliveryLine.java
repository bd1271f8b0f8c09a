package org.edhub.hub.web.runs;

import org.edhub.hub.delivery.outbound.OutboundDelivery;
import org.edhub.hub.web.Show;

/**
 * What became of a run's files for one folder, as the run page says it: delivered, being put in, not delivered yet
 * (with the error and the next attempt), given up, or replaced by a later run's.
 *
 * @param what    the reports, or the state upload files
 * @param problem whether the coordinator must see it as one
 */
public record DeliveryLine(String what, String text, boolean problem) {

    static DeliveryLine of(OutboundDelivery d, Show show) {
        boolean state = OutboundDelivery.STATE.equals(d.destination());
        String what = state ? "State upload" : "Reports";
        String files = state ? "upload files" : "reports";
        String folder = d.folder() + "/";
        if (d.delivered()) return new DeliveryLine(what, "Delivered to " + folder + " at " + show.time(d.deliveredAt()), false);
        if (d.replaced()) return new DeliveryLine(what, "Not delivered: a later run's files went into " + folder + " instead", false);
        if (d.failed()) {
            return new DeliveryLine(what, "DELIVERY FAILED to " + folder + " after " + d.attempts() + (d.attempts() == 1 ? " attempt: " : " attempts: ")
                    + d.lastError() + ". The folder keeps the previous " + files + "; once it can be written, replay this run.", true);
        }
        if (!d.retrying()) return new DeliveryLine(what, "Being put in " + folder, false);
        return new DeliveryLine(what, "NOT DELIVERED YET to " + folder + ": " + d.lastError() + ". Tried " + times(d.attempts())
                + "; the hub tries again at " + show.time(d.nextAttemptAt()) + ". Until the " + files + " are in, the folder keeps the "
                + "previous ones.", true);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
