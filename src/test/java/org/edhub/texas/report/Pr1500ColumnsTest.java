package org.edhub.texas.report;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The drill-down's dates, written by hand, read as the formatter writes them. */
class Pr1500ColumnsTest {
    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Test
    void datesAreWrittenAsMonthDayYearWithoutPadding() {
        assertThat(Pr1500Columns.date(LocalDate.of(2019, 1, 5))).isEqualTo("1/5/2019");
        assertThat(Pr1500Columns.date(LocalDate.of(2030, 12, 31))).isEqualTo("12/31/2030");
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextInt(200_000) - 100_000);
            assertThat(Pr1500Columns.date(d)).as(d.toString()).isEqualTo(d.format(FORMATTER));
        }
        assertThat(Pr1500Columns.date(LocalDate.of(999, 3, 4))).isEqualTo("3/4/0999");
    }
}
