package org.edhub.hub.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.edhub.core.deadline.Deadline;
import org.edhub.hub.run.RunRecord;

/**
 * A deadline as it stands for one district today: the expected feeds it has not dropped for the year, and the latest
 * run of the deadline's program for the year, whose open findings are what is still to fix.
 */
public record DeadlineStatus(Deadline deadline, LocalDate today, List<String> missingFeeds, RunRecord latestRun) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.US);

    public DeadlineStatus {
        missingFeeds = List.copyOf(missingFeeds);
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, deadline.due());
    }

    public boolean passed() {
        return today.isAfter(deadline.due());
    }

    /** Whether a reminder is due: a feed the deadline expects is missing, {@code daysBefore} days or less before it. */
    public boolean remindable(int daysBefore) {
        return deadline.expectsFiles() && !missingFeeds.isEmpty() && !passed() && daysLeft() <= daysBefore;
    }

    public String due() {
        return DAY.format(deadline.due());
    }

    /** When it is due, in words: "today", "in 5 days", "passed 3 days ago". */
    public String when() {
        long days = daysLeft();
        if (days == 0) return "today";
        if (days > 0) return "in " + days + (days == 1 ? " day" : " days");
        return "passed " + -days + (days == -1 ? " day ago" : " days ago");
    }

    /** What is still open for it: the feeds not dropped, then the latest run's errors and warnings; empty if none. */
    public List<String> open() {
        List<String> open = new ArrayList<>();
        for (String feed : missingFeeds) open.add("no file yet in inbound/" + feed + "/" + deadline.schoolYear() + "/");
        if (latestRun != null && (latestRun.errors() > 0 || latestRun.warnings() > 0)) {
            open.add("run " + latestRun.id() + " of " + deadline.program() + " has " + latestRun.errors() + " error(s) and "
                    + latestRun.warnings() + " warning(s) to fix");
        }
        return open;
    }

    /** One line for a mail: what, for which year, when, and what is still open. */
    public String line() {
        List<String> open = open();
        return deadline.what() + " (" + deadline.program() + " " + deadline.schoolYear() + "), due " + due() + ", " + when()
                + (open.isEmpty() ? "; nothing open for it." : ". Still open: " + String.join("; ", open) + ".");
    }
}
