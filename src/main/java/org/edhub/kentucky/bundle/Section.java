package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;

/** A row of {@code sections.csv}: a course section with its course and its term dates. */
public record Section(String sectionId, String calendarId, String scheduleStructure, String courseNumber,
                      String courseName, boolean courseActive, String sectionNumber, String stateCourseCode,
                      String coreContent, String teachingMethod, String instructionalSetting, String specialType,
                      boolean ktsExchange, boolean responsive, LocalDate startDate, LocalDate endDate) {

    public static final SisLayout<Section> LAYOUT = new SisLayout<>("sections.csv",
            List.of("section_id", "calendar_id", "schedule_structure", "course_number", "course_name", "course_active",
                    "section_number", "state_course_code", "core_content", "teaching_method", "instructional_setting",
                    "special_type", "kts_exchange", "responsive", "start_date", "end_date"),
            r -> new Section(r.key("section_id"), r.key("calendar_id"), r.text("schedule_structure"),
                    r.id("course_number"), r.text("course_name"), r.flag("course_active"), r.id("section_number"),
                    r.id("state_course_code"), r.text("core_content"), r.text("teaching_method"),
                    r.text("instructional_setting"), r.text("special_type"), r.flag("kts_exchange"),
                    r.flag("responsive"), r.date("start_date"), r.date("end_date")));
}
