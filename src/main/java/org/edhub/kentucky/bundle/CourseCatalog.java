package org.edhub.kentucky.bundle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edhub.core.text.Digits;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.program.InputFile;

/**
 * The KECS course catalog ({@code course_catalog.csv} of feed {@code ky-kecs}): the state course codes and the school
 * years (end years, inclusive; blank is open) in which each is valid. Only the columns the extract needs are required.
 */
public final class CourseCatalog {
    public static final String FEED = "ky-kecs";
    public static final String FILE = "course_catalog.csv";

    /**
     * One state course code valid from one end year to another, with what LEAD validation reads of it (blank when the
     * catalog lacks those columns).
     *
     * @param leadContentArea    the content a permission must cover
     * @param minExperienceYears the years of experience the course needs (blank or 0: none)
     */
    public record Entry(String stateCourseCode, Integer startYear, Integer endYear, String courseName,
                        String leadContentArea, Integer minExperienceYears) {
        boolean validIn(int year) {
            return (startYear == null || startYear <= year) && (endYear == null || year <= endYear);
        }
    }

    public static final SisLayout<Entry> LAYOUT = new SisLayout<>(FILE,
            List.of("state_course_code", "start_year", "end_year"),
            r -> new Entry(r.key("state_course_code"), year(r.text("start_year")), year(r.text("end_year")),
                    r.optionalText("course_name"), r.optionalText("lead_content_area"), r.optionalCount("min_experience_years")));

    /** Every column of the KECS catalog export, as LEAD validation needs it (spec: kentucky-lead-validation.md). */
    public static final SisLayout<Entry> FULL_LAYOUT = new SisLayout<>(FILE,
            List.of("state_course_code", "course_name", "program_area", "lead_content_area", "credits", "populations",
                    "low_grade", "high_grade", "start_year", "end_year", "min_experience_years"),
            LAYOUT.mapping());

    private final Map<String, List<Entry>> byCode = new HashMap<>();

    public CourseCatalog(List<Entry> entries) {
        entries.forEach(e -> byCode.computeIfAbsent(e.stateCourseCode(), k -> new java.util.ArrayList<>()).add(e));
    }

    /**
     * The catalog of a {@code ky-kecs} bundle (zip or loose files), or empty when the bundle has none; a zip is
     * unpacked under {@code temporaryDir}.
     */
    public static Optional<CourseCatalog> read(List<InputFile> kecs, IssueSink issues, Path temporaryDir) {
        try (BundleFiles files = BundleFiles.open(FEED, kecs, temporaryDir)) {
            return files.find(FILE).map(file -> new CourseCatalog(SisTable.read(file, LAYOUT, issues)));
        }
    }

    /** True when the code is in the catalog for the school year ending in {@code endYear}. */
    public boolean has(String stateCourseCode, int endYear) {
        return byCode.getOrDefault(stateCourseCode, List.of()).stream().anyMatch(e -> e.validIn(endYear));
    }

    /** The catalog entry of the code valid in the school year ending in {@code endYear}. */
    public Optional<Entry> entry(String stateCourseCode, int endYear) {
        return byCode.getOrDefault(stateCourseCode, List.of()).stream().filter(e -> e.validIn(endYear)).findFirst();
    }

    private static Integer year(String text) {
        return Digits.only(text, 4, 4) ? Integer.valueOf(text) : null;
    }
}
