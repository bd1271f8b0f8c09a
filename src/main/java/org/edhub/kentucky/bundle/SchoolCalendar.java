package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code calendars.csv}: one school's calendar for one school year. */
public record SchoolCalendar(String calendarId, String schoolNumber, String name, String endYear, LocalDate startDate,
                             LocalDate endDate, boolean summerSchool, boolean exclude) {

    public static final SisLayout<SchoolCalendar> LAYOUT = new SisLayout<>("calendars.csv",
            List.of("calendar_id", "school_number", "calendar_name", "end_year", "start_date", "end_date",
                    "summer_school", "exclude"),
            r -> new SchoolCalendar(r.key("calendar_id"), r.key("school_number"), r.text("calendar_name"),
                    r.text("end_year"), r.date("start_date"), r.date("end_date"), r.flag("summer_school"),
                    r.flag("exclude")));
}
