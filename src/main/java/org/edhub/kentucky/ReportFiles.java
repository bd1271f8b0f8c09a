package org.edhub.kentucky;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.edhub.core.report.CsvReport;
import org.edhub.core.report.HtmlReport;
import org.edhub.core.program.ReportFormat;

/** Writes a KECS LEAD report as CSV or HTML, every row starting with the Date Time Generated (MM/DD/YYYY HH:MM). */
final class ReportFiles {
    static final String GENERATED = "Date Time Generated";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm");

    private ReportFiles() {
    }

    static Path write(Path outDir, ReportFormat format, LocalDateTime generated, LeadTable table) {
        Path target = outDir.resolve(table.name() + format.extension());
        String stamp = STAMP.format(generated);
        List<String> header = new ArrayList<>(List.of(GENERATED));
        header.addAll(table.header());
        if (format == ReportFormat.HTML) {
            try (HtmlReport html = HtmlReport.create(target, table.name(), header)) {
                table.rows().forEach(row -> html.row(stamped(stamp, row)));
            }
        } else {
            try (CsvReport csv = CsvReport.create(target, header)) {
                table.rows().forEach(row -> csv.row(stamped(stamp, row)));
            }
        }
        return target;
    }

    private static List<Object> stamped(String stamp, List<Object> row) {
        List<Object> all = new ArrayList<>(row.size() + 1);
        all.add(stamp);
        all.addAll(row);
        return all;
    }
}
