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
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.edhub.core.spill.RecordCodec;

/**
 * The files a count in parts spills its records to, in a temporary folder deleted on {@link #close()}: one file per
 * kind of record, source (the input file it came from) and part, each a stream of records in the form
 * {@link RecordCodec} derives from the record type. A record goes to the part of its key's hash, so all records of one
 * teacher meet in one part. Each source is written by one thread.
 */
public final class PartFiles implements AutoCloseable {
    /** One kind of spilled record: the files' name and the records' type. */
    public record Kind<T extends Record>(String name, RecordCodec<T> codec) {
        public static <T extends Record> Kind<T> of(String name, Class<T> type) {
            return new Kind<>(name, RecordCodec.of(type));
        }
    }

    private final Path dir;
    private final int parts;
    private final List<Writers<?>> open = new ArrayList<>();

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
    public final class Writers<T extends Record> {
        private final Kind<T> kind;
        private final int source;
        private final DataOutputStream[] files = new DataOutputStream[parts];
        private final List<RecordCodec.Writer<T>> byPart = new ArrayList<>(parts);

        private Writers(Kind<T> kind, int source) {
            this.kind = kind;
            this.source = source;
            for (int p = 0; p < parts; p++) byPart.add(null);
        }

        /** Writes a record to the part of {@code key}. */
        public void write(String key, T record) {
            write(partOf(key), record);
        }

        public void write(int part, T record) {
            try {
                writer(part).write(record);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write a part of the count", e);
            }
        }

        private RecordCodec.Writer<T> writer(int part) {
            RecordCodec.Writer<T> writer = byPart.get(part);
            if (writer == null) {
                Path file = dir.resolve(name(kind, source, part));
                try {
                    files[part] = new DataOutputStream(Buffers.output(Files.newOutputStream(file), 8192));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + file, e);
                }
                byPart.set(part, writer = kind.codec().writer(files[part]));
            }
            return writer;
        }

        /** Closes this source's files of this kind, so they can be read. */
        public void finish() {
            for (int p = 0; p < files.length; p++) {
                if (files[p] != null) PartFiles.close(files[p]);
                files[p] = null;
                byPart.set(p, null);
            }
        }
    }

    /** The writers of one kind of record from one source. */
    public <T extends Record> Writers<T> writers(Kind<T> kind, int source) {
        Writers<T> w = new Writers<>(kind, source);
        synchronized (open) {
            open.add(w);
        }
        return w;
    }

    /** Calls {@code each} for every record of one kind, source and part, in the order they were written. */
    public <T extends Record> void forEach(Kind<T> kind, int source, int part, Consumer<T> each) {
        try (PartReader<T> in = reader(kind, source, part)) {
            if (in == null) return;
            for (T record = in.next(); record != null; record = in.next()) each.accept(record);
        }
    }

    /** The records of one kind, source and part, or null when none were written. */
    public <T extends Record> PartReader<T> reader(Kind<T> kind, int source, int part) {
        Path file = dir.resolve(name(kind, source, part));
        if (!Files.exists(file)) return null;
        try {
            return new PartReader<>(kind.codec(), new DataInputStream(Buffers.input(Files.newInputStream(file), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The records of one part file, read one at a time. */
    public static final class PartReader<T extends Record> implements AutoCloseable {
        private final DataInputStream in;
        private final RecordCodec.Reader<T> records;

        private PartReader(RecordCodec<T> codec, DataInputStream in) {
            this.in = in;
            this.records = codec.reader(in);
        }

        /** The next record, or null at the end of the file. */
        public T next() {
            try {
                return records.next();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a part of the count", e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a part of the count", e);
            }
        }
    }

    private static String name(Kind<?> kind, int source, int part) {
        return kind.name() + "-" + source + "-" + part;
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
            for (Writers<?> w : open) for (DataOutputStream out : w.files) if (out != null) closeQuietly(out);
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
