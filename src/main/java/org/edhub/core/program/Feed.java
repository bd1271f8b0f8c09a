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
        /** The newest file of each name. */
        NEWEST_PER_NAME,
        /**
         * The newest file of each kind, as the program recognises the kind from the file's content
         * ({@link StateProgram#inputKind}): the staff and the student interchange, whatever their names.
         */
        NEWEST_PER_KIND,
        /** A zip replaces everything before it; loose files are read together once {@code _READY} arrives. */
        BUNDLE
    }
}
