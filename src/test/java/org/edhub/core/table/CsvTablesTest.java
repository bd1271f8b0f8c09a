package org.edhub.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {
    @TempDir
    Path dir;

    @Test
    void headersAreReadWhateverTheirCaseSpacingOrByteOrderMark() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFF school number , CATEGORY,Extra\r\n010,Clear,x\r\n", StandardCharsets.UTF_8);
        Table t = CsvTables.read(f);
        assertThat(t.headers()).containsExactly("school number", "CATEGORY", "Extra");
        assertThat(t.rows().get(0).get("School Number")).isEqualTo("010");
        assertThat(t.rows().get(0).get("Category")).isEqualTo("Clear");
        assertThat(t.rows().get(0).get("Missing")).isEmpty();
        assertThat(t.hasColumn("Extra")).isTrue();
    }

    @Test
    void socialSecurityNumbersNeverComeThrough() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "Name,SSN,Social_Security_Number,Note,Campus\r\nAmy,123-45-6789,987654321,was 123-45-6789,099902101\r\n");
        Table t = CsvTables.read(f);
        assertThat(t.headers()).containsExactly("Name", "Note", "Campus");
        assertThat(t.rows().get(0).cells()).doesNotContainKey("ssn").doesNotContainKey("social_security_number");
        assertThat(t.rows().get(0).get("Note")).isEqualTo("was ***-**-6789");
        assertThat(t.rows().get(0).get("Campus")).isEqualTo("099902101");
    }

    @Test
    void theApostropheBeforeAFormulaLikeValueIsTakenOff() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "A,B\r\n'=1+2,'plain\r\n");
        Table t = CsvTables.read(f);
        assertThat(t.rows().get(0).get("A")).isEqualTo("=1+2");
        assertThat(t.rows().get(0).get("B")).isEqualTo("'plain");
    }
}
