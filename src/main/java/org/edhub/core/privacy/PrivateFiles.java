package org.edhub.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the hub keeps is readable by the hub's user only, whatever the umask it was started with: folders 700, files
 * 600. Java cannot set the process's umask, so what is written is restricted after the fact, inside a data folder that
 * is itself 700. On a file system without POSIX permissions nothing is done.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code folder} and its missing parents, each 700. */
    public static Path createFolders(Path folder) {
        try {
            Path absolute = folder.toAbsolutePath();
            Path missing = absolute;
            while (missing.getParent() != null && !Files.exists(missing.getParent())) missing = missing.getParent();
            Files.createDirectories(absolute);
            for (Path p = absolute; p != null && p.startsWith(missing); p = p.getParent()) restrictOne(p);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** Restricts {@code path} and, for a folder, all it holds: folders 700, files 600; links are left alone. */
    public static void restrict(Path path) {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = walk.toList();
            for (Path p : all) restrictOne(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + path + " to the hub's user", e);
        }
    }

    private static void restrictOne(Path p) throws IOException {
        if (!POSIX || Files.isSymbolicLink(p)) return;
        Set<PosixFilePermission> wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
        if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(p, wanted);
        }
    }
}
