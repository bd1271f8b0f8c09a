package org.edhub.hub.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.edhub.hub.data.DataFolder;
import org.edhub.hub.data.Database;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger, on each database ({@link FileLedgerH2Test}, {@link FileLedgerPostgresTest}): what it records, and that
 * the same bytes are taken as new input once.
 */
abstract class FileLedgerTests {
    static final String SHA = "a".repeat(64);
    static final DropPath ECOS = DropPath.of("099902", "tx-certifications/2018-2019/ecos.csv");

    @TempDir
    Path data;
    JdbcTemplate jdbc;
    FileLedger ledger;

    @BeforeEach
    void migrate() {
        jdbc = new JdbcTemplate(database().migrated(data));
        ledger = new FileLedger(jdbc, new DataFolder(data));
    }

    abstract Database database();

    @Test
    void aFileIsRecordedWithItsKeptCopyRelativeToTheDataFolder() {
        Path kept = data.resolve("inputs/099902/tx-certifications/2018-2019").resolve(SHA).resolve("ecos.csv");
        LedgerEntry entry = ledger.receive(ECOS, 42, SHA, kept, 1, null).orElseThrow();

        assertThat(jdbc.queryForObject("select kept_path from district_file where id = ?", String.class, entry.id()))
                .isEqualTo("inputs/099902/tx-certifications/2018-2019/" + SHA + "/ecos.csv");
        LedgerEntry read = ledger.get(entry.id());
        assertThat(read.keptPath()).isEqualTo(kept);
        assertThat(read).extracting(LedgerEntry::districtId, LedgerEntry::feed, LedgerEntry::schoolYear, LedgerEntry::name,
                        LedgerEntry::remotePath, LedgerEntry::size, LedgerEntry::status, LedgerEntry::receipt)
                .containsExactly("099902", "tx-certifications", "2018-2019", "ecos.csv", "tx-certifications/2018-2019/ecos.csv",
                        42L, FileStatus.RECEIVED, 1);
    }

    @Test
    void aKeptCopyOutsideTheDataFolderIsRecordedAbsolute() {
        Path elsewhere = data.getParent().resolve("elsewhere/ecos.csv").toAbsolutePath();
        LedgerEntry entry = ledger.record(ECOS, 1, SHA, elsewhere, FileStatus.REJECTED, "wrong folder");
        assertThat(jdbc.queryForObject("select kept_path from district_file where id = ?", String.class, entry.id()))
                .isEqualTo(elsewhere.normalize().toString());
        assertThat(ledger.get(entry.id()).keptPath()).isEqualTo(elsewhere.normalize());
    }

    @Test
    void theSameReceiptOfTheSameBytesIsTakenOnce() {
        assertThat(ledger.receive(ECOS, 1, SHA, null, 1, null)).isPresent();

        assertThat(ledger.receive(DropPath.of("099902", "tx-certifications/2018-2019/ecos-copy.csv"), 1, SHA, null, 1, null))
                .isEmpty();
        assertThat(ledger.receive(ECOS, 1, SHA, null, 2, "the district went back to it")).isPresent();
        // The same bytes in another year, feed or district are other input
        assertThat(ledger.receive(DropPath.of("099902", "tx-certifications/2019-2020/ecos.csv"), 1, SHA, null, 1, null)).isPresent();
        assertThat(ledger.receive(DropPath.of("099902", "tx-peims/2018-2019/ecos.csv"), 1, SHA, null, 1, null)).isPresent();
        assertThat(ledger.receive(DropPath.of("057905", "tx-certifications/2018-2019/ecos.csv"), 1, SHA, null, 1, null)).isPresent();
    }

    @Test
    void filesTakingNoReceiptAreRecordedAsOftenAsTheyCome() {
        ledger.receive(ECOS, 1, SHA, null, 1, null).orElseThrow();
        ledger.record(ECOS, 1, SHA, null, FileStatus.DUPLICATE, "again");
        ledger.record(ECOS, 1, SHA, null, FileStatus.DUPLICATE, "and again");
        DropPath marker = DropPath.of("165", "ky-sis/2025-2026/_READY");
        ledger.record(marker, 0, SHA, null, FileStatus.RECEIVED, null);
        ledger.record(marker, 0, SHA, null, FileStatus.RECEIVED, null);

        assertThat(ledger.ofDistrict("099902")).extracting(LedgerEntry::status)
                .containsExactly(FileStatus.RECEIVED, FileStatus.DUPLICATE, FileStatus.DUPLICATE);
        assertThat(ledger.ofDistrict("165")).hasSize(2).allMatch(e -> e.receipt() == null);
    }

    @Test
    void ofManyPickupsReceivingTheSameBytesAtOnceOneTakesThem() throws Exception {
        int pickups = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(pickups);
        try {
            List<Future<Optional<LedgerEntry>>> results = new ArrayList<>();
            for (int i = 0; i < pickups; i++) {
                Callable<Optional<LedgerEntry>> pickup = () -> {
                    go.await();
                    return ledger.receive(ECOS, 1, SHA, null, 1, null);
                };
                results.add(pool.submit(pickup));
            }
            go.countDown();
            int taken = 0;
            for (Future<Optional<LedgerEntry>> r : results) taken += r.get().isPresent() ? 1 : 0;
            assertThat(taken).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from district_file", Integer.class)).isEqualTo(1);
    }

    @Test
    void theLastReceiptOfTheBytesIsTheOneLookedUp() {
        assertThat(ledger.lastReceipt("099902", "tx-certifications", "2018-2019", SHA)).isEmpty();
        LedgerEntry first = ledger.receive(ECOS, 1, SHA, null, 1, null).orElseThrow();
        ledger.finish(first.id(), FileStatus.ACCEPTED, null, null);
        ledger.record(ECOS, 1, SHA, null, FileStatus.DUPLICATE, "again");
        LedgerEntry second = ledger.receive(ECOS, 1, SHA, null, 2, "back to it").orElseThrow();
        ledger.record(ECOS, 1, SHA, null, FileStatus.DUPLICATE, "again");

        assertThat(ledger.lastReceipt("099902", "tx-certifications", "2018-2019", SHA)).map(LedgerEntry::id).contains(second.id());
        assertThat(ledger.lastReceipt("099902", "tx-certifications", "2018-2019", "b".repeat(64))).isEmpty();
    }

    @Test
    void finishedFilesAreAcceptedWithTheirRun() {
        LedgerEntry a = ledger.receive(ECOS, 1, SHA, null, 1, null).orElseThrow();
        LedgerEntry b = ledger.receive(DropPath.of("099902", "tx-certifications/2018-2019/ecos2.csv"), 1, "b".repeat(64), null, 1, null)
                .orElseThrow();
        LedgerEntry c = ledger.receive(DropPath.of("099902", "tx-certifications/2018-2019/ecos3.csv"), 1, "c".repeat(64), null, 1, null)
                .orElseThrow();
        ledger.finish(b.id(), FileStatus.ACCEPTED, 7L, null);
        ledger.finish(a.id(), FileStatus.ACCEPTED, 8L, null);
        ledger.finish(c.id(), FileStatus.REJECTED, 9L, "unreadable");

        assertThat(ledger.accepted("099902", "tx-certifications", "2018-2019")).extracting(LedgerEntry::id, LedgerEntry::runId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), 8L), org.assertj.core.groups.Tuple.tuple(b.id(), 7L));
        assertThat(ledger.get(c.id())).extracting(LedgerEntry::status, LedgerEntry::message)
                .containsExactly(FileStatus.REJECTED, "unreadable");
    }
}
