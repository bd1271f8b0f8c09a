package org.edhub.hub.delivery.outbound;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a run's files have in their folder while they are put in, each ending {@code .part} so a district's
 * tools leave them alone: the new version ({@code PR1500_Issues.csv.12.part}), the previous version moved aside
 * ({@code PR1500_Issues.csv.12.previous.part}), a mark that there was none ({@code PR1500_Issues.csv.12.none.part}),
 * and the mark that run 12's files are all in place ({@code edhub-run-12.swapped.part}).
 */
record TemporaryNames(long run) {
    private static final Pattern FILE = Pattern.compile("(.+)\\.(\\d+)\\.(?:(previous|none)\\.)?part");
    private static final Pattern SWAPPED = Pattern.compile("edhub-run-(\\d+)\\.swapped\\.part");

    /** What a temporary name stands for: a kind of it, the run and, but for the swapped mark, the file's name. */
    enum Kind { NEW, PREVIOUS, NONE, SWAPPED }

    record Leftover(String temporaryName, Kind kind, long run, String name) {
    }

    String newVersion(String name) {
        return name + "." + run + ".part";
    }

    String previous(String name) {
        return name + "." + run + ".previous.part";
    }

    String none(String name) {
        return name + "." + run + ".none.part";
    }

    String swapped() {
        return "edhub-run-" + run + ".swapped.part";
    }

    /** The temporary name a put into the folder left, if {@code fileName} is one. */
    static Optional<Leftover> leftover(String fileName) {
        Matcher swapped = SWAPPED.matcher(fileName);
        if (swapped.matches()) return Optional.of(new Leftover(fileName, Kind.SWAPPED, Long.parseLong(swapped.group(1)), null));
        Matcher file = FILE.matcher(fileName);
        if (!file.matches()) return Optional.empty();
        Kind kind = file.group(3) == null ? Kind.NEW : Kind.valueOf(file.group(3).toUpperCase(java.util.Locale.ROOT));
        return Optional.of(new Leftover(fileName, kind, Long.parseLong(file.group(2)), file.group(1)));
    }
}
