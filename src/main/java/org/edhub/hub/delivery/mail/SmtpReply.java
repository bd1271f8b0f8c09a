package org.edhub.hub.delivery.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP reply code an exception carries in its message or its causes' ("552 5.3.4 Message too large"). */
final class SmtpReply {
    private static final Pattern CODE = Pattern.compile("(?:^|\\s|:)([245]\\d\\d)[ -]");

    private SmtpReply() {
    }

    /** Whether the server refused for good: a 5xx reply, which the same mail sent again would get again. */
    static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) continue;
            Matcher m = CODE.matcher(t.getMessage());
            if (m.find() && m.group(1).startsWith("5")) return true;
        }
        return false;
    }
}
