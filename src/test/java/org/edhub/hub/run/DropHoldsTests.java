package org.edhub.hub.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.edhub.hub.data.DataFolder;
import org.edhub.hub.data.Database;
import org.edhub.hub.ledger.DropPath;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The runs held for the rest of their drop, on each database ({@link DropHoldsH2Test}, {@link DropHoldsPostgresTest}). */
abstract class DropHoldsTests {
    static final String DISTRICT = "099902";
    static final String PROGRAM = "tx-pr1500";
    static final String YEAR = "2018-2019";

    @TempDir
    Path data;
    FileLedger ledger;
    DropHolds holds;

    abstract Database database();

    @BeforeEach
    void migrate() {
        JdbcTemplate jdbc = new JdbcTemplate(database().migrated(data));
        ledger = new FileLedger(jdbc, new DataFolder(data));
        holds = new DropHolds(jdbc);
    }

    @Test
    void theHeldFilesOfADistrictComeByProgramAndYearOldestFirstEachOnce() {
        long ecos = accepted("tx-certifications/" + YEAR + "/ecos.csv", "a");
        long staff = accepted("tx-peims/" + YEAR + "/staff.xml", "b");
        long other = accepted("tx-peims/2019-2020/staff.xml", "c");
        holds.hold(DISTRICT, PROGRAM, YEAR, staff);
        holds.hold(DISTRICT, PROGRAM, YEAR, ecos);
        holds.hold(DISTRICT, PROGRAM, YEAR, ecos);
        holds.hold(DISTRICT, PROGRAM, "2019-2020", other);
        holds.hold("057905", PROGRAM, YEAR, accepted("tx-peims/" + YEAR + "/theirs.xml", "d"));

        assertThat(holds.of(DISTRICT)).containsExactly(new DropHolds.Held(PROGRAM, YEAR, List.of(ecos, staff)),
                new DropHolds.Held(PROGRAM, "2019-2020", List.of(other)));
        assertThat(holds.of(DISTRICT).get(0).newest()).isEqualTo(staff);
        assertThat(holds.files(DISTRICT, PROGRAM, YEAR)).containsExactly(ecos, staff);
    }

    @Test
    void aRunReleasesTheHoldsOfItsProgramAndYearUpToTheFileThatStartedIt() {
        long ecos = accepted("tx-certifications/" + YEAR + "/ecos.csv", "a");
        long staff = accepted("tx-peims/" + YEAR + "/staff.xml", "b");
        long students = accepted("tx-peims/" + YEAR + "/students.xml", "c");
        for (long id : List.of(ecos, staff, students)) holds.hold(DISTRICT, PROGRAM, YEAR, id);
        holds.hold(DISTRICT, "other-program", YEAR, ecos);

        holds.release(DISTRICT, PROGRAM, YEAR, staff);
        assertThat(holds.files(DISTRICT, PROGRAM, YEAR)).containsExactly(students);
        assertThat(holds.files(DISTRICT, "other-program", YEAR)).containsExactly(ecos);
    }

    @Test
    void aFileNoLongerAcceptedHoldsNothing() {
        long ecos = accepted("tx-certifications/" + YEAR + "/ecos.csv", "a");
        LedgerEntry received = ledger.receive(DropPath.of(DISTRICT, "tx-peims/" + YEAR + "/staff.xml"), 10, "b".repeat(64), null, 1, null)
                .orElseThrow();
        holds.hold(DISTRICT, PROGRAM, YEAR, ecos);
        holds.hold(DISTRICT, PROGRAM, YEAR, received.id());
        ledger.finish(ecos, FileStatus.REJECTED, null, "rejected by another program's run");

        assertThat(holds.of(DISTRICT)).isEmpty();
    }

    private long accepted(String relativePath, String sha) {
        LedgerEntry entry = ledger.receive(DropPath.of(DISTRICT, relativePath), 10, sha.repeat(64), null, 1, null).orElseThrow();
        ledger.finish(entry.id(), FileStatus.ACCEPTED, null, null);
        return entry.id();
    }
}
