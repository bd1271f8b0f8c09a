package org.edhub.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.edhub.core.program.Feed;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.junit.jupiter.api.Test;

class InputSelectionTest {
    private static final Feed TX_CERTIFICATIONS = new Feed("tx-certifications", "TX", Feed.Versions.ONE_FILE);
    private static final Feed TX_PEIMS = new Feed("tx-peims", "TX", Feed.Versions.NEWEST_PER_NAME);
    private static final Feed KY_SIS = new Feed("ky-sis", "KY", Feed.Versions.BUNDLE);
    private static final Feed KY_KECS = new Feed("ky-kecs", "KY", Feed.Versions.BUNDLE);
    private long ids;

    @Test
    void oneFileFeedsUseTheNewestFile() {
        LedgerEntry first = file("ecos.csv");
        LedgerEntry second = file("ecos-corrected.csv");
        assertThat(InputSelection.current(TX_CERTIFICATIONS, List.of(first, second))).containsExactly(second);
        assertThat(InputSelection.current(TX_CERTIFICATIONS, List.of())).isEmpty();
    }

    @Test
    void perNameFeedsUseTheNewestFileOfEachName() {
        LedgerEntry staff = file("staff.xml");
        LedgerEntry students = file("students.xml");
        LedgerEntry staffAgain = file("staff.xml");
        assertThat(InputSelection.current(TX_PEIMS, List.of(staff, students, staffAgain))).containsExactly(staffAgain, students);
    }

    @Test
    void aLooseBundleCountsOnlyOnceReadyArrivesAndAZipReplacesEverythingBefore() {
        LedgerEntry schools = file("schools.csv");
        LedgerEntry sections = file("sections.csv");
        assertThat(InputSelection.current(KY_SIS, List.of(schools, sections))).isEmpty();

        LedgerEntry ready = file("_READY");
        assertThat(InputSelection.current(KY_SIS, List.of(schools, sections, ready))).containsExactly(schools, sections);

        LedgerEntry newSections = file("sections.csv");
        assertThat(InputSelection.current(KY_SIS, List.of(schools, sections, ready, newSections)))
                .as("a loose file waits for the next _READY").containsExactly(schools, sections);
        LedgerEntry ready2 = file("_READY");
        assertThat(InputSelection.current(KY_SIS, List.of(schools, sections, ready, newSections, ready2)))
                .containsExactly(schools, newSections);

        LedgerEntry zip = file("bundle.zip");
        assertThat(InputSelection.current(KY_SIS, List.of(schools, sections, ready, zip))).containsExactly(zip);
    }

    @Test
    void onlyAZipOrReadyCompletesABundle() {
        assertThat(InputSelection.completesInput(KY_SIS, "sections.csv")).isFalse();
        assertThat(InputSelection.completesInput(KY_SIS, "_READY")).isTrue();
        assertThat(InputSelection.completesInput(KY_KECS, "KECS.ZIP")).isTrue();
        assertThat(InputSelection.completesInput(TX_PEIMS, "staff.xml")).isTrue();
    }

    private LedgerEntry file(String name) {
        long id = ++ids;
        return new LedgerEntry(id, "165", "ky-sis", "2025-2026", name, "ky-sis/2025-2026/" + name, 10, "sha" + id,
                Instant.EPOCH, FileStatus.ACCEPTED, null, Path.of(name), null, 1);
    }
}
