package org.edhub.kentucky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row-for-row check names the district, the report and the first differing row, ignores only what it says, and
 * keeps the order of DuckDB's statewide file within each district.
 */
class KyReportCheckTest {
    private static final String HEADER = "Date Time Generated,End Year,Case Manager Person ID,Student Count\r\n";
    private static final String STATEWIDE = "District Folder," + HEADER;

    @TempDir
    Path temp;

    @BeforeEach
    void otherReportsAgree() throws IOException {
        for (KyReportCheck.Report report : KyReportCheck.Report.values()) {
            write("duckdb/" + report.file + ".csv", STATEWIDE);
            for (String district : List.of("101", "102")) write("hub/" + district + "/" + report.file + ".csv", HEADER);
        }
    }

    @Test
    void theSameRowsAgreeWhateverTheTimeStampAndQuoting() throws IOException {
        hub("101", "12/01/2026 08:00,2026,0,3\r\n12/01/2026 08:00,2026,20003,12\r\n");
        hub("102", "12/01/2026 08:00,2026,0,5\r\n");
        duck("101,12/01/2026 09:30,\"2026\",0,3\n102,12/01/2026 09:30,2026,0,5\n101,12/01/2026 09:30,2026,20003,12\n");
        KyReportCheck.Result result = check();
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.agreeingDistricts()).isEqualTo(2);
    }

    @Test
    void aDifferentCellIsReportedWithItsDistrictReportAndRow() throws IOException {
        hub("101", "x,2026,0,3\r\nx,2026,20003,12\r\n");
        duck("101,y,2026,0,3\n101,y,2026,20003,11\n");
        assertThat(check().mismatches()).singleElement().hasToString("district 101, KECS_LEAD_Caseload: "
                + "1 row(s) only in the hub, the first (its data row 2): [2026, 20003, 12]; "
                + "1 row(s) only in DuckDB, the first (its data row 2): [2026, 20003, 11]");
    }

    @Test
    void rowsInAnotherOrderAreReportedWhereTheRulesSortThem() throws IOException {
        hub("101", "x,2026,0,3\r\nx,2026,20003,12\r\n");
        duck("101,y,2026,20003,12\n101,y,2026,0,3\n");
        write("hub/101/KECS_LEAD_Detail.csv", HEADER + "x,2026,0,3\r\nx,2026,20003,12\r\n");
        write("duckdb/KECS_LEAD_Detail.csv", STATEWIDE + "101,y,2026,20003,12\n101,y,2026,0,3\n");
        assertThat(check().mismatches()).singleElement().hasToString("district 101, KECS_LEAD_Caseload: "
                + "the same rows in another order, from data row 1: hub [2026, 0, 3], DuckDB [2026, 20003, 12]");
    }

    @Test
    void aDistrictMissingFromDuckDbOrUnknownToTheHubIsReported() throws IOException {
        hub("102", "x,2026,0,5\r\n");
        duck("103,y,2026,0,5\n");
        assertThat(check().mismatches()).extracting(Object::toString).containsExactly(
                "district 102, KECS_LEAD_Caseload: 1 row(s) only in the hub, the first (its data row 1): [2026, 0, 5]",
                "district 103, KECS_LEAD_Caseload: DuckDB has 1 row(s) of a district the tier does not have");
    }

    private void hub(String district, String rows) throws IOException {
        write("hub/" + district + "/KECS_LEAD_Caseload.csv", HEADER + rows);
    }

    private void duck(String rows) throws IOException {
        write("duckdb/KECS_LEAD_Caseload.csv", STATEWIDE + rows);
    }

    private KyReportCheck.Result check() {
        return KyReportCheck.compare(List.of("101", "102"), temp.resolve("hub"), temp.resolve("duckdb"));
    }

    private void write(String file, String text) throws IOException {
        Path path = temp.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
