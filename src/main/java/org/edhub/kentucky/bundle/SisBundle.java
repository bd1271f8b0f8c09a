package org.edhub.kentucky.bundle;

import java.nio.file.Path;
import java.util.List;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;

/** The eight files of a district's SIS bundle (feed {@code ky-sis}), read into records. */
public record SisBundle(List<School> schools, List<SchoolCalendar> calendars, List<Section> sections,
                        List<SectionStaff> sectionStaff, List<Roster> rosters, List<Enrollment> enrollments,
                        List<Employment> employment, List<Assignment> assignments) {
    public static final String FEED = "ky-sis";
    public static final List<SisLayout<?>> LAYOUTS = List.of(School.LAYOUT, SchoolCalendar.LAYOUT, Section.LAYOUT,
            SectionStaff.LAYOUT, Roster.LAYOUT, Enrollment.LAYOUT, Employment.LAYOUT, Assignment.LAYOUT);

    /**
     * Reads a bundle dropped as one zip or as loose CSVs; a missing file or a missing required column rejects it
     * whole, before any row is reported. A zip is unpacked under {@code temporaryDir}.
     */
    public static SisBundle read(List<InputFile> inputs, IssueSink issues, Path temporaryDir) {
        try (BundleFiles files = BundleFiles.open(FEED, inputs, temporaryDir)) {
            LAYOUTS.forEach(layout -> files.require(layout.file()));
            Issues found = new Issues();
            SisBundle bundle = new SisBundle(read(files, School.LAYOUT, found), read(files, SchoolCalendar.LAYOUT, found),
                    read(files, Section.LAYOUT, found), read(files, SectionStaff.LAYOUT, found),
                    read(files, Roster.LAYOUT, found), read(files, Enrollment.LAYOUT, found),
                    read(files, Employment.LAYOUT, found), read(files, Assignment.LAYOUT, found));
            found.all().forEach(issues::report);
            return bundle;
        }
    }

    private static <T> List<T> read(BundleFiles files, SisLayout<T> layout, IssueSink issues) {
        return SisTable.read(files.require(layout.file()), layout, issues);
    }
}
