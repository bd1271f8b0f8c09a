package org.edhub.hub.web.runs;

import org.edhub.core.privacy.Ssn;

/** One issue of a run as shown: an SSN in its value or message masked, also in rows an earlier version stored. */
public record IssueLine(String severity, String rule, String file, Long row, String field, String value, String message,
                        String fix) {

    public IssueLine {
        value = Ssn.mask(field, value);
        message = Ssn.mask(null, message);
    }
}
