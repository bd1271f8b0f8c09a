package org.edhub.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.edhub.core.program.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineTableTest {
    @Test
    void theKentuckyTableHoldsTheSeedsTimelineForEachYear() {
        List<Deadline> ky = DeadlineTable.read(Mappings.defaults(), "ky/deadlines.csv");
        List<Deadline> year = ky.stream().filter(d -> d.schoolYear().equals("2026-2027")).toList();
        assertThat(year).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 30));
        assertThat(year.get(0).expects()).containsExactly("ky-sis", "ky-kecs");
        assertThat(year.get(1).expectsFiles()).as("a check in KECS: nothing to drop").isFalse();
        assertThat(year.get(1).due().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(ky).allSatisfy(d -> assertThat(d.source()).startsWith("seed 000"));
    }

    @Test
    void theTexasTableHoldsTheSnapshotDateAndExpectsNoDrop() {
        List<Deadline> tx = DeadlineTable.read(Mappings.defaults(), "tx/deadlines.csv");
        assertThat(tx).extracting(Deadline::due).contains(LocalDate.of(2018, 10, 2));
        assertThat(tx).noneMatch(Deadline::expectsFiles);
    }

    @Test
    void aRowThatCannotBeReadNamesTheTableLineColumnAndValue(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("ky"));
        Files.writeString(folder.resolve("ky/deadlines.csv"), "# comment\nschool_year,program,deadline,due,expects,source\n"
                + "2026-2027,ky-lead-validation,EERP,2026-10-01,ky-sis,s\n2026-2027,ky-lead-validation,EERP,October 1,,s\n");
        assertThatThrownBy(() -> DeadlineTable.read(new Mappings(folder), "ky/deadlines.csv"))
                .hasMessage("mappings/ky/deadlines.csv line 4, column due: 'October 1' is not a date (YYYY-MM-DD)");
    }
}
