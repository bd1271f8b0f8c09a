package org.edhub.kentucky.extract;

import java.time.LocalDate;
import java.util.Set;

import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;

/**
 * The extract editor's options (seed 001): the school year, the date range, the calendars to include and the format.
 *
 * @param rangeStart  null for the start of the school year (7/1)
 * @param rangeEnd    null for the last day of the school year (6/30); an earlier day makes a mid-year run
 * @param calendarIds the calendars to include; empty for all
 */
public record ExtractOptions(SchoolYear year, LocalDate rangeStart, LocalDate rangeEnd, Set<String> calendarIds,
                             ReportFormat format) {

    public ExtractOptions {
        calendarIds = Set.copyOf(calendarIds);
    }

    /** The defaults: the whole school year, every calendar. */
    public static ExtractOptions of(SchoolYear year, ReportFormat format) {
        return new ExtractOptions(year, null, null, Set.of(), format);
    }

    /** The options of a run: its year, format and period, every calendar. */
    public static ExtractOptions of(ProgramRequest request) {
        return of(request.year(), request.format()).withRange(request.period().from(), request.period().through());
    }

    public ExtractOptions withRange(LocalDate start, LocalDate end) {
        return new ExtractOptions(year, start, end, calendarIds, format);
    }

    public ExtractOptions withCalendars(Set<String> calendars) {
        return new ExtractOptions(year, rangeStart, rangeEnd, calendars, format);
    }

    public LocalDate start() {
        return rangeStart == null ? year.july1() : rangeStart;
    }

    public LocalDate end() {
        return rangeEnd == null ? year.june30() : rangeEnd;
    }

    public boolean includesCalendar(String calendarId) {
        return calendarIds.isEmpty() || calendarIds.contains(calendarId);
    }
}
