package org.edhub.hub.web.runs;

import org.edhub.core.privacy.Privacy;

/** One issue of a run as shown: the value is masked when it looks like a Social Security number. */
public record IssueLine(String severity, String rule, String file, Long row, String field, String value, String message,
                        String fix) {

    public IssueLine {
        value = Privacy.mask(value);
        message = Privacy.mask(message);
    }
}
