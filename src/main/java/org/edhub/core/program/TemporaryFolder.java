package org.edhub.core.program;

import org.edhub.core.privacy.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The temporary folder of one run, {@code edhub-run-<run>-<random>}: whatever a program spills or unpacks while it
 * runs (the PR1500 count's parts, which hold SSNs; an unpacked bundle) goes here, and the folder is deleted when the
 * run ends, however it ends. While the run lasts the folder's {@code .lock} is locked, so {@link #sweep} at the next
 * start deletes only the folders of runs a stop interrupted, never one another process is still using.
 */
public final class TemporaryFolder implements AutoCloseable {
    static final String PREFIX = "edhub-run-";
    private static final String LOCK = ".lock";
    /** A folder this young without its lock may be one being made right now. */
    private static final Duration BEING_MADE = Duration.ofMinutes(1);

    private final Path path;
    private final FileChannel lock;

    private TemporaryFolder(Path path, FileChannel lock) {
        this.path = path;
        this.lock = lock;
    }

    /** A new folder under {@code parent} (made if missing) for the run named {@code run}, locked until closed. */
    public static TemporaryFolder create(Path parent, String run) {
        try {
            PrivateFiles.createFolders(parent);
            Path dir = Files.createTempDirectory(parent, PREFIX + run.replaceAll("[^A-Za-z0-9]", "_") + "-");
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            channel.lock();
            return new TemporaryFolder(dir, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary folder under " + parent, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        try {
            lock.close();
            delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder " + path, e);
        }
    }

    /** Deletes the folders under {@code parent} of runs that ended without deleting theirs; returns how many. */
    public static int sweep(Path parent) {
        if (!Files.isDirectory(parent)) return 0;
        int deleted = 0;
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.isDirectory(dir) && leftBehind(dir)) {
                    delete(dir);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folders left under " + parent, e);
        }
        return deleted;
    }

    private static boolean leftBehind(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) return false;
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (NoSuchFileException e) {
            FileTime made = Files.getLastModifiedTime(dir);
            return made.toInstant().isBefore(Instant.now().minus(BEING_MADE));
        }
    }

    private static void delete(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) Files.deleteIfExists(p);
    }
}
