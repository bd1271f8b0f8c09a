package org.edhub.hub.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return switch (feed.versions()) {
            case ONE_FILE -> accepted.isEmpty() ? List.of() : List.of(accepted.get(accepted.size() - 1));
            case NEWEST_PER_NAME -> List.copyOf(newestPerName(accepted).values());
            case BUNDLE -> bundle(accepted);
        };
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

    private static Map<String, LedgerEntry> newestPerName(List<LedgerEntry> files) {
        Map<String, LedgerEntry> newest = new LinkedHashMap<>();
        files.forEach(f -> newest.put(f.name(), f));
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
