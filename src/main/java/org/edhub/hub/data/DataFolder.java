package org.edhub.hub.data;

import java.io.File;
import java.nio.file.Path;

import org.edhub.hub.district.HubProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The data folder ({@code edhub.data-dir}) as the database knows it: kept inputs, run folders and outputs live under
 * it, and the database holds their paths relative to it, so instances that share one folder, mounted wherever each
 * one has it, read the same rows alike.
 */
@Component
public class DataFolder {
    private final Path root;

    @Autowired
    public DataFolder(HubProperties properties) {
        this(properties.dataDir());
    }

    public DataFolder(Path root) {
        this.root = root;
    }

    /** A path as the database holds it: relative to the data folder with forward slashes; a path outside it, absolute. */
    public String stored(Path path) {
        Path folder = root.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) return absolute.toString();
        return folder.relativize(absolute).toString().replace(File.separatorChar, '/');
    }

    /** A path the database holds, on this instance: a relative one under the data folder, an absolute one as it is. */
    public Path resolve(String stored) {
        Path path = Path.of(stored);
        return path.isAbsolute() ? path : root.resolve(stored);
    }
}
