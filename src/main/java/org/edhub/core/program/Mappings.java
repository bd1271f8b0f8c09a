package org.edhub.core.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code mappings/} folder: file layouts and code tables a state changes yearly. A file in the configured
 * folder wins, so an operator edits a table without a rebuild; the copy packaged in the jar is the fallback.
 */
public final class Mappings {
    private final Path folder;

    public Mappings(Path folder) {
        this.folder = folder;
    }

    /** The folder {@code mappings} of the working directory, as on a checkout or a deployed install. */
    public static Mappings defaults() {
        return new Mappings(Path.of("mappings"));
    }

    public Path folder() {
        return folder;
    }

    /** Opens a table by its path inside {@code mappings/}, e.g. {@code tx/service-ids.csv}. */
    public InputStream open(String relativePath) {
        try {
            Path external = folder.resolve(relativePath);
            if (Files.isRegularFile(external)) return Files.newInputStream(external);
            InputStream packaged = Mappings.class.getResourceAsStream("/mappings/" + relativePath);
            if (packaged == null) {
                throw new IllegalStateException("Mapping table " + relativePath + " is neither in " + folder.toAbsolutePath()
                        + " nor packaged in the application");
            }
            return packaged;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open mapping table " + relativePath, e);
        }
    }
}
