package org.edhub.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellTextTest {
    @Test
    void formulasAreNeutralisedAndNumbersAreNot() {
        assertThat(CellText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CellText.safe("+1+1")).isEqualTo("'+1+1");
        assertThat(CellText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CellText.safe("-12")).isEqualTo("-12");
        assertThat(CellText.safe("Grades (6-12)")).isEqualTo("Grades (6-12)");
        assertThat(CellText.safe(null)).isEmpty();
    }

    @Test
    void csvReportsQuoteAndNeutraliseAndAppearWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("r.csv");
        try (CsvReport csv = CsvReport.create(target, "Name", "Count")) {
            csv.row("=cmd|' /C calc'!A0", 3).row("Smith, Jr.", null);
            assertThat(target).doesNotExist();
        }
        assertThat(Files.readString(target)).isEqualTo("Name,Count\r\n'=cmd|' /C calc'!A0,3\r\n\"Smith, Jr.\",\r\n");
    }
}
