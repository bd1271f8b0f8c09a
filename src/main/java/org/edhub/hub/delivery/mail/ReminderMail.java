package org.edhub.hub.delivery.mail;

import org.edhub.hub.deadline.DeadlineStatus;
import org.edhub.hub.district.District;

/** The one reminder of a deadline a district has not dropped every expected feed for. */
public final class ReminderMail {
    private ReminderMail() {
    }

    public static ComposedMail compose(District district, DeadlineStatus status, String from) {
        String subject = "edhub: " + district.label() + ": " + status.deadline().what() + " due " + status.due() + ", files missing";
        return ComposedMail.text(from, district.coordinators(), subject, body(district, status));
    }

    static String body(District district, DeadlineStatus status) {
        StringBuilder b = new StringBuilder();
        b.append(district.label()).append("\n\n");
        b.append(status.deadline().what()).append(" for ").append(status.deadline().schoolYear()).append(" is due ")
                .append(status.due()).append(" (").append(status.when()).append("), and the hub has not received:\n");
        for (String feed : status.missingFeeds()) {
            b.append("  - a file in inbound/").append(feed).append('/').append(status.deadline().schoolYear()).append("/\n");
        }
        b.append("\nDrop them in your SFTP folder: the hub checks them within seconds and mails what the state will say.\n");
        if (!status.deadline().source().isBlank()) b.append("Deadline source: ").append(status.deadline().source()).append('\n');
        b.append("This is the only reminder for this deadline.\n");
        return b.toString();
    }
}
