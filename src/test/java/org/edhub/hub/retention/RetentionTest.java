package org.edhub.hub.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RetentionTest {
    final Retention oneYear = new Retention(null, null, new RetentionSettings(true, 1, Duration.ofDays(1)));

    @Test
    void aSchoolYearIsKeptThroughItsEndAndTheYearAfter() {
        assertThat(oneYear.past("2024-2025", LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(oneYear.past("2024-2025", LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(oneYear.past("2025-2026", LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(new Retention(null, null, new RetentionSettings(true, 3, Duration.ofDays(1))).past("2018-2019", LocalDate.of(2022, 6, 30)))
                .isFalse();
    }

    @Test
    void whatIsNotASchoolYearIsNeverPurged() {
        assertThat(oneYear.past("2018-19", LocalDate.of(2099, 1, 1))).isFalse();
    }
}
