package org.edhub.kentucky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row-for-row check names the district, the report and the first differing row, and ignores only what it says. */
class KyReportCheckTest {
    private static final String HUB_HEADER = "Date Time Generated,End Year,Case Manager Person ID,Student Count\r\n";
    private static final String DUCK_HEADER = "District Folder,Date Time Generated,End Year,Case Manager Person ID,Student Count\n";

    @TempDir
    Path temp;

    @BeforeEach
    void otherReportsAgree() throws IOException {
        for (String report : KyReportCheck.REPORTS) {
            write("duckdb/" + report + ".csv", DUCK_HEADER);
            for (String district : List.of("101", "102")) write("hub/" + district + "/" + report + ".csv", HUB_HEADER);
        }
    }

    @Test
    void theSameRowsAgreeWhateverTheTimeStampAndQuoting() throws IOException {
        caseload("12/01/2026 08:00,2026,0,3\r\n12/01/2026 08:00,2026,20003,12\r\n", "12/01/2026 08:00,2026,0,5\r\n",
                "101,12/01/2026 09:30,\"2026\",0,3\n101,12/01/2026 09:30,2026,20003,12\n102,12/01/2026 09:30,2026,0,5\n");
        KyReportCheck.Result result = check();
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.agreeingDistricts()).isEqualTo(2);
    }

    @Test
    void aDifferentCellIsReportedWithItsDistrictReportAndRow() throws IOException {
        caseload("x,2026,0,3\r\nx,2026,20003,12\r\n", "x,2026,0,5\r\n", "101,y,2026,0,3\n101,y,2026,20003,11\n102,y,2026,0,5\n");
        assertThat(check().mismatches()).singleElement().hasToString("district 101, KECS_LEAD_Caseload: "
                + "1 row(s) only in the hub, the first (its data row 2): [2026, 20003, 12]; "
                + "1 row(s) only in DuckDB, the first (its data row 2): [2026, 20003, 11]");
    }

    @Test
    void rowsInAnotherOrderAreReported() throws IOException {
        caseload("x,2026,0,3\r\nx,2026,20003,12\r\n", "", "101,y,2026,20003,12\n101,y,2026,0,3\n");
        assertThat(check().mismatches()).singleElement().hasToString("district 101, KECS_LEAD_Caseload: "
                + "the same rows in another order, from data row 1: hub [2026, 0, 3], DuckDB [2026, 20003, 12]");
    }

    @Test
    void aDistrictMissingFromDuckDbOrUnknownToTheHubIsReported() throws IOException {
        caseload("x,2026,0,3\r\n", "x,2026,0,5\r\n", "101,y,2026,0,3\n103,y,2026,0,5\n");
        assertThat(check().mismatches()).extracting(Object::toString).containsExactly(
                "district 103, KECS_LEAD_Caseload: DuckDB has 1 row(s) of a district the tier does not have",
                "district 102, KECS_LEAD_Caseload: 1 row(s) only in the hub, the first (its data row 1): [2026, 0, 5]");
    }

    private void caseload(String hub101, String hub102, String duck) throws IOException {
        write("hub/101/KECS_LEAD_Caseload.csv", HUB_HEADER + hub101);
        write("hub/102/KECS_LEAD_Caseload.csv", HUB_HEADER + hub102);
        write("duckdb/KECS_LEAD_Caseload.csv", DUCK_HEADER + duck);
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
