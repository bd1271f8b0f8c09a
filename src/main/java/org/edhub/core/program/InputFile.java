package org.edhub.core.program;

import java.nio.file.Path;

/**
 * One input of a run: the name the district gave the file (used in every issue) and where its bytes are kept.
 */
public record InputFile(String name, Path path) {
    public static InputFile of(Path path) {
        return new InputFile(path.getFileName().toString(), path);
    }
}
