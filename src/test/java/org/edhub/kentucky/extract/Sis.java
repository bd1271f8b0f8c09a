package org.edhub.kentucky.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.edhub.core.issue.Issues;
import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.SisBundle;
import org.edhub.kentucky.bundle.SisLayout;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;

/**
 * A small SIS bundle built for one test: every file with a default row shape; a test adds the rows it needs, giving
 * only the values that matter to it. {@link #typical()} is a clean district: one school, one calendar, one section
 * with its primary teacher and one student, which raises no warning.
 */
final class Sis {
    static final SchoolYear YEAR = SchoolYear.parse("2025-2026");
    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "schools.csv", row("district_number", "165", "district_name", "Adair County", "school_number", "001",
                    "school_name", "Adair Elementary", "state_classification", "A1", "grade_low", "KG", "grade_high", "05"),
            "calendars.csv", row("calendar_id", "10", "school_number", "001", "calendar_name", "25-26 Adair Elementary",
                    "end_year", "2026", "start_date", "2025-08-13", "end_date", "2026-05-22", "summer_school", "N", "exclude", "N"),
            "sections.csv", row("section_id", "100", "calendar_id", "10", "schedule_structure", "Main", "course_number", "0101",
                    "course_name", "Math 3", "course_active", "Y", "section_number", "1", "state_course_code", "230103",
                    "core_content", "Mathematics", "teaching_method", "01", "instructional_setting", "01", "special_type", "",
                    "kts_exchange", "N", "responsive", "N", "start_date", "2025-08-13", "end_date", "2026-05-22"),
            "section_staff.csv", row("section_id", "100", "person_id", "900", "staff_type", "P", "start_date", "2025-08-13", "end_date", ""),
            "rosters.csv", row("section_id", "100", "person_id", "5001", "start_date", "2025-08-13", "end_date", ""),
            "enrollments.csv", row("enrollment_id", "7001", "person_id", "5001", "state_id", "1000000001", "calendar_id", "10",
                    "grade", "03", "service_type", "P", "start_date", "2025-08-13", "end_date", "", "no_show", "N", "exclude", "N",
                    "primary_disability", "", "case_manager_person_id", "", "sped_status", "", "iep_locked", "N"),
            "staff_employment.csv", row("person_id", "900", "first_name", "Ada", "last_name", "Baker", "license_number", "123456",
                    "employee_type", "Certified", "start_date", "2020-07-01", "end_date", ""),
            "staff_assignments.csv", row("person_id", "900", "school_number", "001", "type", "01", "alt_type", "",
                    "title", "Teacher", "job_class_code", "2040", "fte", "1.0", "start_date", "2025-07-01", "end_date", ""));

    private final Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
    private final List<String[]> catalog = new ArrayList<>();
    private boolean withCatalog;

    static Sis empty() {
        return new Sis();
    }

    /** One school, calendar, section, primary teacher (900) and student (5001): no warning. */
    static Sis typical() {
        return empty().add("schools.csv").add("calendars.csv").add("sections.csv").add("section_staff.csv")
                .add("rosters.csv").add("enrollments.csv").add("staff_employment.csv").add("staff_assignments.csv");
    }

    /** Adds a row to a file: the default row of that file with the given column/value pairs instead. */
    Sis add(String file, String... pairs) {
        Map<String, String> r = new LinkedHashMap<>(DEFAULTS.get(file));
        r.putAll(row(pairs));
        files.computeIfAbsent(file, f -> new ArrayList<>()).add(r);
        return this;
    }

    /** Sets values in the first row of a file. */
    Sis set(String file, String... pairs) {
        files.get(file).get(0).putAll(row(pairs));
        return this;
    }

    Sis catalogEntry(String code, String startYear, String endYear) {
        withCatalog = true;
        catalog.add(new String[] {code, "Course " + code, startYear, endYear});
        return this;
    }

    List<InputFile> write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (SisLayout<?> layout : SisBundle.LAYOUTS) {
                List<Map<String, String>> rows = files.getOrDefault(layout.file(), List.of());
                writeCsv(dir.resolve(layout.file()), layout.columns(), rows.stream().map(r -> layout.columns().stream().map(r::get).toList()).toList());
            }
            return SisBundle.LAYOUTS.stream().map(l -> InputFile.of(dir.resolve(l.file()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LeadExtract extract(Path dir) {
        return extract(dir, ExtractOptions.of(YEAR, ReportFormat.CSV));
    }

    LeadExtract extract(Path dir, ExtractOptions options) {
        Issues issues = new Issues();
        SisBundle bundle = SisBundle.read(write(dir.resolve("ky-sis")), issues, dir);
        Optional<CourseCatalog> kecs = Optional.empty();
        if (withCatalog) {
            Path file = dir.resolve("course_catalog.csv");
            writeCsv(file, List.of("state_course_code", "course_name", "start_year", "end_year"),
                    catalog.stream().map(List::of).toList());
            kecs = CourseCatalog.read(List.of(InputFile.of(file)), issues, dir);
        }
        if (!issues.all().isEmpty()) throw new AssertionError("The fixture has input issues: " + issues.all());
        return LeadExtract.compute(bundle, options, LeadReference.load(Mappings.defaults()), kecs);
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) {
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<String> r : rows) csv.printRecord(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) r.put(pairs[i], pairs[i + 1]);
        return r;
    }
}
