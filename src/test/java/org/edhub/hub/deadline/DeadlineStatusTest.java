package org.edhub.hub.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.edhub.core.deadline.Deadline;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunStatus;
import org.junit.jupiter.api.Test;

class DeadlineStatusTest {
    static final LocalDate DUE = LocalDate.of(2026, 10, 1);
    static final Deadline EERP = new Deadline("2026-2027", "ky-lead-validation", "EERP initial upload", DUE,
            List.of("ky-sis", "ky-kecs"), "seed 000");

    static DeadlineStatus on(LocalDate today, List<String> missing) {
        return new DeadlineStatus(EERP, today, missing, null);
    }

    @Test
    void aReminderIsDueFromTheConfiguredDaysBeforeUntilTheDayItself() {
        List<String> missing = List.of("ky-kecs");
        assertThat(on(DUE.minusDays(8), missing).remindable(7)).isFalse();
        assertThat(on(DUE.minusDays(7), missing).remindable(7)).isTrue();
        assertThat(on(DUE, missing).remindable(7)).isTrue();
        assertThat(on(DUE.plusDays(1), missing).remindable(7)).as("passed").isFalse();
        assertThat(on(DUE.minusDays(3), List.of()).remindable(7)).as("every feed dropped").isFalse();
        Deadline check = new Deadline("2026-2027", "ky-lead-validation", "Munis results", DUE, List.of(), "seed 000");
        assertThat(new DeadlineStatus(check, DUE.minusDays(1), List.of(), null).remindable(7)).as("nothing to drop").isFalse();
    }

    @Test
    void theLineSaysWhenAndWhatIsStillOpen() {
        RunRecord run = new RunRecord(42, "165", "ky-lead-validation", "2026-2027", RunStatus.COMPLETED_WITH_ISSUES, 1L,
                null, null, 14, 3, 0, "", null);
        DeadlineStatus s = new DeadlineStatus(EERP, DUE.minusDays(5), List.of("ky-kecs"), run);
        assertThat(s.line()).isEqualTo("EERP initial upload (ky-lead-validation 2026-2027), due Thu 2026-10-01, in 5 days. "
                + "Still open: no file yet in inbound/ky-kecs/2026-2027/; run 42 of ky-lead-validation has 14 error(s) and "
                + "3 warning(s) to fix.");
        assertThat(on(DUE.plusDays(2), List.of()).when()).isEqualTo("passed 2 days ago");
        assertThat(on(DUE, List.of()).line()).endsWith("today; nothing open for it.");
    }
}
