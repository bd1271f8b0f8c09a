package org.edhub.hub.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.edhub.core.program.StateProgram;

import org.edhub.core.program.Feed;
import org.edhub.hub.ledger.LedgerEntry;

/** Which accepted files of a feed make up its current input for a school year (hub.md: the newest version of each). */
public final class InputSelection {
    private InputSelection() {
    }

    /**
     * @param accepted the accepted files of one feed and year, oldest first
     * @return the current input, empty while there is none (or a loose bundle still waits for its {@code _READY})
     */
    public static List<LedgerEntry> current(Feed feed, List<LedgerEntry> accepted) {
        return current(feed, accepted, LedgerEntry::name);
    }

    /** @param kind what kind of input a file is, for a {@link Feed.Versions#NEWEST_PER_KIND} feed */
    public static List<LedgerEntry> current(Feed feed, List<LedgerEntry> accepted, Function<LedgerEntry, String> kind) {
        return switch (feed.versions()) {
            case ONE_FILE -> accepted.isEmpty() ? List.of() : List.of(accepted.get(accepted.size() - 1));
            case NEWEST_PER_NAME -> List.copyOf(newestPer(accepted, LedgerEntry::name).values());
            case NEWEST_PER_KIND -> List.copyOf(newestPer(accepted, kind).values());
            case BUNDLE -> bundle(accepted);
        };
    }

    /**
     * The file the newest one replaced as the feed's input of its kind, when that had another name: what a run's mail
     * names as replaced. Empty when the newest file is the first of its kind, or has its predecessor's name.
     */
    public static Optional<LedgerEntry> replacedBy(Feed feed, List<LedgerEntry> accepted, LedgerEntry newest,
                                                   Function<LedgerEntry, String> kind) {
        if (feed.versions() != Feed.Versions.ONE_FILE && feed.versions() != Feed.Versions.NEWEST_PER_KIND) return Optional.empty();
        String mine = feed.versions() == Feed.Versions.ONE_FILE ? "" : kind.apply(newest);
        LedgerEntry before = null;
        for (LedgerEntry e : accepted) {
            if (e.id() >= newest.id()) break;
            if (feed.versions() == Feed.Versions.ONE_FILE || kind.apply(e).equals(mine)) before = e;
        }
        return before == null || before.name().equals(newest.name()) ? Optional.empty() : Optional.of(before);
    }

    /** What kind of input of {@code feed} a kept file is, as {@code program} tells it ({@link StateProgram#inputKind}). */
    public static Function<LedgerEntry, String> kindBy(StateProgram program, String feed) {
        return e -> program.inputKind(feed, e.input());
    }

    /** Whether a file of this feed starts a run on its own, or waits for the rest of its bundle. */
    public static boolean completesInput(Feed feed, String fileName) {
        return feed.versions() != Feed.Versions.BUNDLE || isZip(fileName) || isReadyMarker(fileName);
    }

    public static boolean isReadyMarker(String fileName) {
        return Feed.READY_MARKER.equals(fileName);
    }

    private static boolean isZip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static Map<String, LedgerEntry> newestPer(List<LedgerEntry> files, Function<LedgerEntry, String> key) {
        Map<String, LedgerEntry> newest = new LinkedHashMap<>();
        files.forEach(f -> newest.put(key.apply(f), f));
        return newest;
    }

    /** A zip replaces everything before it; {@code _READY} completes the newest loose file of each name since the last zip. */
    private static List<LedgerEntry> bundle(List<LedgerEntry> accepted) {
        List<LedgerEntry> bundle = List.of();
        Map<String, LedgerEntry> loose = new LinkedHashMap<>();
        for (LedgerEntry file : accepted) {
            if (isZip(file.name())) {
                bundle = List.of(file);
                loose.clear();
            } else if (isReadyMarker(file.name())) {
                if (!loose.isEmpty()) bundle = List.copyOf(loose.values());
            } else {
                loose.put(file.name(), file);
            }
        }
        return bundle;
    }
}
