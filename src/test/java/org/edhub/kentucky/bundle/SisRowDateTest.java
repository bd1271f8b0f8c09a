package org.edhub.kentucky.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.junit.jupiter.api.Test;

/** The formatter-free reading of YYYY-MM-DD gives what the strict formatter gives, and leaves the rest to it. */
class SisRowDateTest {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Test
    void everyDayOfSomeYearsReadsAsTheFormatterReadsIt() {
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            String text = STRICT.format(d);
            assertThat(SisRow.isoDate(text)).as(text).isEqualTo(d);
        }
        assertThat(SisRow.isoDate("0000-01-01")).isEqualTo(strict("0000-01-01"));
        assertThat(SisRow.isoDate("9999-12-31")).isEqualTo(strict("9999-12-31"));
    }

    @Test
    void whatIsNotAPlainRealDateIsLeftToTheFormatters() {
        for (String text : new String[] {"2025-02-29", "2024-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                "2025-1-011", "2025/01/01", "20250-1-01", "2025-01-1a", "+202-01-01", "12/01/2025", "2025-01-01 "}) {
            assertThat(SisRow.isoDate(text)).as(text).isNull();
        }
        assertThat(SisRow.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    private static LocalDate strict(String text) {
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
