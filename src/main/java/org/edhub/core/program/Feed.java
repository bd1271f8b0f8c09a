package org.edhub.core.program;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of input a district drops, one folder each under {@code inbound/} (hub.md). */
public enum Feed {
    TX_CERTIFICATIONS("tx-certifications", "TX", Versions.ONE_FILE),
    TX_PEIMS("tx-peims", "TX", Versions.NEWEST_PER_NAME),
    KY_SIS("ky-sis", "KY", Versions.BUNDLE),
    KY_KECS("ky-kecs", "KY", Versions.BUNDLE);

    /** Which accepted files of a feed make up its current input for a year. */
    public enum Versions {
        /** The newest file replaces every earlier one (seed 004: one certification file per year). */
        ONE_FILE,
        /** The newest file of each name: the staff and the student interchange are read together. */
        NEWEST_PER_NAME,
        /** A zip replaces everything before it; loose files are read together once {@code _READY} arrives. */
        BUNDLE
    }

    public static final String READY_MARKER = "_READY";

    private final String folder;
    private final String state;
    private final Versions versions;

    Feed(String folder, String state, Versions versions) {
        this.folder = folder;
        this.state = state;
        this.versions = versions;
    }

    public String folder() {
        return folder;
    }

    public String state() {
        return state;
    }

    public Versions versions() {
        return versions;
    }

    public static Optional<Feed> named(String folder) {
        return Arrays.stream(values()).filter(f -> f.folder.equals(folder)).findFirst();
    }

    public static List<String> namesOf(String state) {
        return Arrays.stream(values()).filter(f -> f.state.equals(state)).map(Feed::folder).toList();
    }
}
