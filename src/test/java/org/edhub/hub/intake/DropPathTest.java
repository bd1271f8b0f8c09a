package org.edhub.hub.intake;

import org.edhub.hub.ledger.DropPath;

import static org.assertj.core.api.Assertions.assertThat;

import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;

class DropPathTest {
    @Test
    void feedAndYearComeFromTheFolders() {
        DropPath drop = DropPath.of("101912", "tx-certifications/2018-2019/ECOS download (3).csv");
        assertThat(drop).isEqualTo(new DropPath("101912", "tx-certifications", "2018-2019", "ECOS download (3).csv"));
        assertThat(drop.movedTo(".archive", "20261122T101500"))
                .isEqualTo("tx-certifications/2018-2019/.archive/20261122T101500-ECOS download (3).csv");
    }

    @Test
    void schoolYearsAreTwoConsecutiveYears() {
        assertThat(SchoolYear.isValid("2025-2026")).isTrue();
        assertThat(SchoolYear.isValid("2025-2027")).isFalse();
        assertThat(SchoolYear.isValid("2025")).isFalse();
        assertThat(SchoolYear.parse("2018-2019").endYear()).isEqualTo(2019);
    }
}
