package org.edhub.core.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A date a district must meet for a state program in a school year, as its program's deadlines table lists it.
 *
 * @param what    what is due, in the state's words (e.g. "EERP initial upload")
 * @param expects the feed folders the district must have dropped for the year by then; empty when nothing is dropped
 *                for it (a check in the state's own system, a snapshot date)
 * @param source  where the date comes from
 */
public record Deadline(String schoolYear, String program, String what, LocalDate due, List<String> expects, String source) {
    public Deadline {
        expects = List.copyOf(expects);
    }

    /** Whether a reminder is sent when an expected feed is missing. */
    public boolean expectsFiles() {
        return !expects.isEmpty();
    }
}
