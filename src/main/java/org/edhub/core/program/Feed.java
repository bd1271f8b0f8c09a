package org.edhub.core.program;

/**
 * One kind of input a district drops, in a folder of its own under {@code inbound/} (hub.md), as a state program
 * declares it: the folder name, the state whose districts drop it, and which accepted files make up its current input.
 */
public record Feed(String folder, String state, Versions versions) {
    /** The marker file that completes a bundle of loose files. */
    public static final String READY_MARKER = "_READY";

    /** Which accepted files of a feed make up its current input for a year. */
    public enum Versions {
        /** The newest file replaces every earlier one (seed 004: one certification file per year). */
        ONE_FILE,
        /** The newest file of each name: the staff and the student interchange are read together. */
        NEWEST_PER_NAME,
        /** A zip replaces everything before it; loose files are read together once {@code _READY} arrives. */
        BUNDLE
    }
}
