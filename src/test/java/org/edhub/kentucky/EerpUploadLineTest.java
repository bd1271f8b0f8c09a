package org.edhub.kentucky;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.edhub.core.report.CsvReport;
import org.edhub.kentucky.extract.UsDate;
import org.edhub.kentucky.validation.EerpRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EERP upload file written through its Bindy record has the bytes the report writer gave it before Bindy. */
class EerpUploadLineTest {
    private static final List<String> HEADER = List.of("District Number", "School Year", "EPSB ID", "Last Name", "First Name",
            "Job Class Code", "Location", "FTE", "Start Date");
    private static final List<EerpRow> ROWS = List.of(
            new EerpRow("1", "165", "2025-2026", "400001", "Adams", "Ann", "2010", "010", "1.0", LocalDate.of(2025, 7, 1)),
            new EerpRow("2", "165", "2025-2026", "400002", "O'Neil, Jr.", "Bo \"Bud\"", "2020", "010", "0.5", LocalDate.of(2025, 8, 11)),
            new EerpRow("3", null, "2025-2026", "400003", "=HYPERLINK(\"x\")", "-Cy", "2030", "020", "-1", null),
            new EerpRow("4", "165", "2025-2026", "400004", " Dee", "Eve ", "#2040", "020", "+1", LocalDate.of(2025, 1, 2)),
            new EerpRow("5", "165", null, null, "Line\nFeed", "\u00c9lodie", null, null, null, LocalDate.of(2025, 12, 31)),
            new EerpRow("6", "@165", "2025-2026", "400006", "\tTab", "Zo\u00eb", "0290", "030", "1.00", LocalDate.of(2025, 7, 1)));

    @TempDir
    Path dir;

    @Test
    void theBytesAreThoseOfTheReportWriter() throws IOException {
        Path bindy = EerpUploadLine.write(dir.resolve("bindy/EERP_EPSB_Upload.csv"), ROWS);
        Path report = dir.resolve("report/EERP_EPSB_Upload.csv");
        try (CsvReport csv = CsvReport.create(report, HEADER)) {
            for (EerpRow r : ROWS) {
                csv.row(Arrays.asList(r.districtNumber(), r.schoolYear(), r.epsbId(), r.lastName(), r.firstName(),
                        r.jobClassCode(), r.location(), r.fte(), UsDate.of(r.startDate())));
            }
        }

        assertThat(Files.readAllBytes(bindy)).isEqualTo(Files.readAllBytes(report));
        assertThat(Files.readString(bindy, StandardCharsets.UTF_8)).isEqualTo(
                "District Number,School Year,EPSB ID,Last Name,First Name,Job Class Code,Location,FTE,Start Date\r\n"
                        + "165,2025-2026,400001,Adams,Ann,2010,010,1.0,07/01/2025\r\n"
                        + "165,2025-2026,400002,\"O'Neil, Jr.\",\"Bo \"\"Bud\"\"\",2020,010,0.5,08/11/2025\r\n"
                        + "\"\",2025-2026,400003,\"'=HYPERLINK(\"\"x\"\")\",'-Cy,2030,020,-1,\r\n"
                        + "165,2025-2026,400004,\" Dee\",\"Eve \",\"#2040\",020,'+1,01/02/2025\r\n"
                        + "165,,,\"Line\nFeed\",\u00c9lodie,,,,12/31/2025\r\n"
                        + "'@165,2025-2026,400006,'\tTab,Zo\u00eb,0290,030,1.00,07/01/2025\r\n");
        assertThat(Files.list(bindy.getParent())).containsExactly(bindy);
    }

    @Test
    void anUploadWithoutRowsIsTheHeaderLine() throws IOException {
        Path bindy = EerpUploadLine.write(dir.resolve("EERP_EPSB_Upload.csv"), List.of());

        assertThat(Files.readAllBytes(bindy)).isEqualTo(
                "District Number,School Year,EPSB ID,Last Name,First Name,Job Class Code,Location,FTE,Start Date\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
    }
}
