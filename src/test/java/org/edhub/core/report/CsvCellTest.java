package org.edhub.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The report writer's quoting is commons-csv's RFC 4180 quoting, byte for byte. */
class CsvCellTest {
    private static final String ALPHABET = "ab Z09,\"\n\r#!$'=-+@\t;é€ \u0001";

    @Test
    void quotesExactlyAsCommonsCsvDoes() throws IOException {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            List<String> row = new ArrayList<>();
            int cells = 1 + random.nextInt(4);
            for (int c = 0; c < cells; c++) row.add(randomText(random));
            assertThat(ours(row)).as("%s", row).isEqualTo(commons(row));
        }
    }

    @Test
    void typicalCells() {
        StringBuilder b = new StringBuilder();
        CsvCell.append(b, " 400006", false);
        CsvCell.append(b, "Smith, Jr.", false);
        CsvCell.append(b, "say \"hi\"", false);
        CsvCell.append(b, "", true);
        CsvCell.append(b, "", false);
        assertThat(b).hasToString("\" 400006\"\"Smith, Jr.\"\"say \"\"hi\"\"\"\"\"");
    }

    private static String randomText(Random random) {
        int length = random.nextInt(5);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return s.toString();
    }

    private static String ours(List<String> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) line.append(',');
            CsvCell.append(line, row.get(i), i == 0);
        }
        return line.append("\r\n").toString();
    }

    private static String commons(List<String> row) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(row);
        }
        return out.toString();
    }
}
