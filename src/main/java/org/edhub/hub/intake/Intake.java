package org.edhub.hub.intake;

import org.edhub.hub.ledger.DropPath;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.ledger.InputStore;
import org.edhub.hub.ledger.LedgerEntry;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.edhub.hub.program.Programs;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.edhub.core.issue.Issue;
import org.edhub.core.program.Feed;
import org.edhub.core.program.StateProgram;
import org.edhub.core.program.SchoolYear;
import org.edhub.hub.run.DropRest;
import org.edhub.hub.run.HubRule;
import org.edhub.hub.run.InputSelection;
import org.edhub.hub.run.RunService;
import org.edhub.hub.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What happens to a file a district dropped, once it has settled: a copy is kept, the ledger records it, and it is
 * run, rejected for its folder, or recognised as bytes already received. Returns where the district's copy moves.
 */
@Service
public class Intake {
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    static final String ARCHIVE = ".archive";
    static final String REJECTED = ".rejected";

    private final Districts districts;
    private final FileLedger ledger;
    private final InputStore store;
    private final RunService runs;
    private final Programs programs;

    public Intake(Districts districts, FileLedger ledger, InputStore store, RunService runs, Programs programs) {
        this.districts = districts;
        this.ledger = ledger;
        this.store = store;
        this.runs = runs;
        this.programs = programs;
    }

    /**
     * @param relativePath  {@code <feed>/<school-year>/<name>} under the district's {@code inbound/}
     * @param lastModified  the remote file's modification time
     * @param rest          the files of the drop still in the district's inbox
     * @return where the remote file moves, relative to {@code inbound/}
     */
    public String receive(String districtId, String relativePath, Instant lastModified, Path localCopy, DropRest rest) {
        District district = districts.get(districtId);
        DropPath drop = DropPath.of(districtId, relativePath);
        InputStore.Kept kept = store.keep(drop, localCopy);
        String stamp = STAMP.format(Instant.now());
        Optional<String> misplaced = misplaced(district, drop);
        if (misplaced.isPresent()) {
            LedgerEntry entry = ledger.record(drop, kept.size(), kept.sha256(), kept.path(), FileStatus.REJECTED, misplaced.get());
            runs.notice(district, entry, HubRule.UNKNOWN_FOLDER.issue(misplaced.get()).at(drop.name(), null)
                    .field("folder", drop.feed() + "/" + drop.schoolYear()), RunStatus.REJECTED);
            return drop.movedTo(REJECTED, stamp);
        }
        if (InputSelection.isReadyMarker(drop.name())) {
            return process(district, drop, ledger.record(drop, kept.size(), kept.sha256(), kept.path(), FileStatus.RECEIVED, null),
                    stamp, List.of(), rest);
        }
        Optional<LedgerEntry> earlier = ledger.lastReceipt(districtId, drop.feed(), drop.schoolYear(), kept.sha256());
        if (earlier.isPresent()) {
            return again(district, drop, kept, earlier.get(), lastModified, stamp, rest);
        }
        return ledger.receive(drop, kept.size(), kept.sha256(), kept.path(), 1, null)
                .map(entry -> process(district, drop, entry, stamp, List.of(), rest))
                .orElseGet(() -> takenMeanwhile(district, drop, kept, stamp));
    }

    /**
     * The ledger refused the receipt: another pickup took the same bytes as new between the look-up and the record.
     * This file is then a duplicate of that one.
     */
    private String takenMeanwhile(District district, DropPath drop, InputStore.Kept kept, String stamp) {
        LedgerEntry taken = ledger.lastReceipt(district.id(), drop.feed(), drop.schoolYear(), kept.sha256()).orElseThrow();
        String message = drop.name() + " has the same bytes as " + taken.name() + ", received at the same time; "
                + "it was not processed again";
        LedgerEntry entry = ledger.record(drop, kept.size(), kept.sha256(), kept.path(), FileStatus.DUPLICATE, message);
        LOG.info("District {}: {}", district.id(), message);
        runs.notice(district, entry, HubRule.DUPLICATE.issue(message).at(drop.name(), null), RunStatus.COMPLETED);
        return drop.movedTo(ARCHIVE, stamp);
    }

    private String process(District district, DropPath drop, LedgerEntry entry, String stamp, List<Issue> notes, DropRest rest) {
        FileStatus status = runs.runFor(district, entry, notes, rest);
        LOG.info("District {}: {} {} ({} bytes)", district.id(), drop.relativePath(), status, entry.size());
        return drop.movedTo(status == FileStatus.REJECTED ? REJECTED : ARCHIVE, stamp);
    }

    /**
     * The same bytes again. Still RECEIVED: the hub stopped while reading it, so it is read now. Finished, with the
     * remote file older than the first receipt: the hub stopped before moving it, so it is only moved. Accepted once
     * but no longer the current version (the district goes back to it, e.g. to undo a bad file): it becomes current
     * again, its runs saying so. Otherwise a real second drop: recorded as a duplicate, the district told once,
     * nothing processed.
     */
    private String again(District district, DropPath drop, InputStore.Kept kept, LedgerEntry earlier, Instant lastModified,
                         String stamp, DropRest rest) {
        if (earlier.status() == FileStatus.RECEIVED) {
            LOG.info("District {}: reading {} again, its processing was interrupted", district.id(), drop.relativePath());
            return process(district, drop, earlier, stamp, List.of(), rest);
        }
        String folder = earlier.status() == FileStatus.REJECTED ? REJECTED : ARCHIVE;
        if (earlier.remotePath().equals(drop.relativePath()) && lastModified != null && leftByAStop(lastModified, earlier)) {
            LOG.info("District {}: {} was processed before a stop; moving it to {}", district.id(), drop.relativePath(), folder);
            return drop.movedTo(folder, stamp);
        }
        if (earlier.status() == FileStatus.ACCEPTED && !isCurrent(district, drop, kept.sha256())) {
            String again = drop.name() + " has the same bytes as " + earlier.name() + " received " + STAMP.format(earlier.receivedAt())
                    + ", which a later file had replaced: it is the current version again";
            Optional<LedgerEntry> entry = ledger.receive(drop, kept.size(), kept.sha256(), kept.path(), earlier.receipt() + 1, again);
            if (entry.isEmpty()) return takenMeanwhile(district, drop, kept, stamp);
            LOG.info("District {}: {}", district.id(), again);
            return process(district, drop, entry.get(), stamp, List.of(HubRule.CURRENT_AGAIN.issue(again).at(drop.name(), null)), rest);
        }
        String message = drop.name() + " has the same bytes as " + earlier.name() + " received "
                + STAMP.format(earlier.receivedAt()) + " (" + earlier.status() + "); it was not processed again";
        LedgerEntry entry = ledger.record(drop, kept.size(), kept.sha256(), kept.path(), FileStatus.DUPLICATE, message);
        boolean rejectedBefore = earlier.status() == FileStatus.REJECTED;
        runs.notice(district, entry, (rejectedBefore ? HubRule.REJECTED_AGAIN : HubRule.DUPLICATE).issue(message).at(drop.name(), null),
                rejectedBefore ? RunStatus.REJECTED : RunStatus.COMPLETED);
        return drop.movedTo(folder, stamp);
    }

    /**
     * Whether the remote file is the one the earlier receipt read, left in the inbox by a stop: written before that
     * receipt. SFTP gives times in whole seconds, so a file written again within the second of the receipt (a re-drop
     * right after the move) would look older; a file a stop left was received a settle period after it was written, so
     * a second's margin tells them apart.
     */
    private static boolean leftByAStop(Instant lastModified, LedgerEntry earlier) {
        return lastModified.plusMillis(PickupRoutes.SFTP_TIME_RESOLUTION_MS).isBefore(earlier.receivedAt());
    }

    /** Whether a file with these bytes is (part of) the feed's current input for the year. */
    private boolean isCurrent(District district, DropPath drop, String sha256) {
        Feed feed = programs.feed(drop.feed()).orElseThrow();
        List<StateProgram> reading = programs.reading(district.state(), drop.feed());
        return InputSelection.current(feed, ledger.accepted(district.id(), drop.feed(), drop.schoolYear()),
                        reading.isEmpty() ? LedgerEntry::name : InputSelection.kindBy(reading.get(0), drop.feed())).stream()
                .anyMatch(e -> e.sha256().equals(sha256));
    }

    private Optional<String> misplaced(District district, DropPath drop) {
        String folders = "the feed folders of district " + district.id() + " are " + district.feeds().stream()
                .map(f -> "inbound/" + f + "/<school-year>/").toList();
        if (!district.feeds().contains(drop.feed())) {
            boolean known = programs.feed(drop.feed()).isPresent();
            return Optional.of("'" + drop.feed() + "' is " + (known ? "not a feed enabled for this district" : "not a feed")
                    + "; " + folders);
        }
        if (!SchoolYear.isValid(drop.schoolYear())) {
            return Optional.of("'" + drop.schoolYear() + "' is not a school year folder: name it YYYY-YYYY, e.g. inbound/"
                    + drop.feed() + "/2025-2026/; " + folders);
        }
        return Optional.empty();
    }
}
