package org.edhub.compute.lead;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Kentucky coordinators read them: MM/DD/YYYY. */
public final class UsDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private UsDate() {
    }

    public static String of(LocalDate date) {
        return date == null ? null : FORMAT.format(date);
    }
}
