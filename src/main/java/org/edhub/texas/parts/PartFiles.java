package org.edhub.texas.parts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a count in parts spills its records to, in a temporary folder deleted on {@link #close()}: one file per
 * kind of record, source (the input file it came from) and part. A record goes to the part of its key's hash, so all
 * records of one teacher meet in one part. Each source is written by one thread.
 */
public final class PartFiles implements AutoCloseable {
    private final Path dir;
    private final int parts;
    private final List<Writers> open = new ArrayList<>();

    public PartFiles(Path parent, int parts) {
        this.parts = parts;
        try {
            Files.createDirectories(parent);
            this.dir = Files.createTempDirectory(parent, "pr1500-parts");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the count's parts under " + parent, e);
        }
    }

    public int parts() {
        return parts;
    }

    /** The part of a key: the same key, the same part. */
    public int partOf(String key) {
        return Math.floorMod(key.hashCode(), parts);
    }

    /** The writers of one kind of record from one source, one per part; used by one thread. */
    public final class Writers {
        private final String kind;
        private final int source;
        private final DataOutputStream[] byPart = new DataOutputStream[parts];

        private Writers(String kind, int source) {
            this.kind = kind;
            this.source = source;
        }

        /** The writer of the part of {@code key}. */
        public DataOutputStream of(String key) {
            return part(partOf(key));
        }

        public DataOutputStream part(int part) {
            DataOutputStream out = byPart[part];
            if (out == null) {
                Path file = dir.resolve(name(kind, source, part));
                try {
                    out = byPart[part] = new DataOutputStream(Buffers.output(Files.newOutputStream(file), 8192));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + file, e);
                }
            }
            return out;
        }

        /** Closes this source's files of this kind, so they can be read. */
        public void finish() {
            for (int p = 0; p < byPart.length; p++) {
                if (byPart[p] != null) PartFiles.close(byPart[p]);
                byPart[p] = null;
            }
        }
    }

    /** The writers of one kind of record from one source. */
    public Writers writers(String kind, int source) {
        Writers w = new Writers(kind, source);
        synchronized (open) {
            open.add(w);
        }
        return w;
    }

    /** The records of one kind, source and part, or null when none were written. */
    public DataInputStream reader(String kind, int source, int part) {
        Path file = dir.resolve(name(kind, source, part));
        if (!Files.exists(file)) return null;
        try {
            return new DataInputStream(Buffers.input(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String name(String kind, int source, int part) {
        return kind + "-" + source + "-" + part;
    }

    private static void close(DataOutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a part of the count", e);
        }
    }

    @Override
    public void close() {
        synchronized (open) {
            for (Writers w : open) for (DataOutputStream out : w.byPart) if (out != null) closeQuietly(out);
            open.clear();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temporary folder is left for the system to clean
        }
    }

    private static void closeQuietly(DataOutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // being cleaned up
        }
    }
}
