package org.edhub.kentucky.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/** MM/DD/YYYY written without a formatter, as the formatter writes it. */
class UsDateTest {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    @Test
    void writesWhatTheFormatterWrites() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            assertThat(UsDate.of(d)).isEqualTo(FORMAT.format(d));
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(5, 3, 7), LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(10000, 1, 1), LocalDate.of(-1, 6, 15)}) {
            assertThat(UsDate.of(d)).isEqualTo(FORMAT.format(d));
        }
        assertThat(UsDate.of(null)).isNull();
    }
}
