package org.edhub.kentucky.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.program.InputFile;

/**
 * The files of one bundle, however it was dropped: one {@code .zip} holding the CSVs, or the loose CSVs. The
 * {@code _READY} marker is ignored. A zip is checked against {@link ZipLimits} before it is unpacked, then its files are
 * unpacked into a folder under the run's temporary folder, removed on close; only the file name of each entry is used,
 * so an entry cannot land outside that folder.
 */
public final class BundleFiles implements AutoCloseable {
    public static final String READY = "_READY";

    private final String feed;
    private final ZipLimits limits;
    private final Path temporaryDir;
    private final Map<String, InputFile> byName = new TreeMap<>();
    /** The zip the bundle came in, if it came in one: what a finding about the whole bundle is about. */
    private String zipName;
    private Path unpacked;

    private BundleFiles(String feed, Path temporaryDir, ZipLimits limits) {
        this.feed = feed;
        this.temporaryDir = temporaryDir;
        this.limits = limits;
    }

    /** The bundle of {@code inputs}; a zip among them is unpacked under {@code temporaryDir}. */
    public static BundleFiles open(String feed, List<InputFile> inputs, Path temporaryDir) {
        return open(feed, inputs, temporaryDir, ZipLimits.configured());
    }

    public static BundleFiles open(String feed, List<InputFile> inputs, Path temporaryDir, ZipLimits limits) {
        BundleFiles bundle = new BundleFiles(feed, temporaryDir, limits);
        try {
            for (InputFile input : inputs) {
                if (input.name().equalsIgnoreCase(READY)) continue;
                if (lower(input.name()).endsWith(".zip")) bundle.unzip(input);
                else bundle.byName.putIfAbsent(lower(input.name()), input);
            }
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
        return bundle;
    }

    /** The file of the bundle with this name (case-insensitive), if present. */
    public Optional<InputFile> find(String name) {
        return Optional.ofNullable(byName.get(lower(name)));
    }

    /** The file of the bundle with this name; its absence rejects the bundle, naming the file. */
    public InputFile require(String name) {
        return find(name).orElseThrow(() -> new InputRejected(SisRule.MISSING_FILE.issue("The " + feed
                + " bundle lacks " + name + " (it holds: " + (byName.isEmpty() ? "no CSV file" : String.join(", ", byName.keySet()))
                + ")").at(zipName != null ? zipName : name, null)));
    }

    private void unzip(InputFile zip) {
        try {
            Map<String, Long> declared = checked(zip);
            zipName = zip.name();
            long written = 0;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    String name = fileName(entry);
                    if (name == null) continue;
                    if (unpacked == null) unpacked = Files.createTempDirectory(Files.createDirectories(temporaryDir), feed + "-");
                    Path target = unpacked.resolve(name);
                    long size = declared.getOrDefault(entry.getName(), -1L);
                    written += copyAtMost(in, target, limits.maxBytes() - written, size, entry.getName());
                    byName.putIfAbsent(lower(name), new InputFile(name, target));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejected(SisRule.UNREADABLE.issue(zip.name() + " cannot be unpacked: " + e.getMessage())
                    .at(zip.name(), null), e);
        }
    }

    /**
     * The zip's central directory checked before anything is unpacked: a readable archive, not empty, at most the
     * entries and declared bytes of the limits, no entry without a file name, no two entries of the same file name.
     * Returns the size each entry declares (-1 where it declares none).
     */
    private Map<String, Long> checked(InputFile zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.path().toFile())) {
            if (file.size() == 0) throw new IOException("it is empty");
            if (file.size() > limits.maxEntries()) {
                throw new IOException("it holds " + file.size() + " entries, more than the " + limits.maxEntries() + " a bundle may hold");
            }
            long declared = 0;
            Map<String, Long> sizes = new java.util.HashMap<>();
            Map<String, String> seen = new TreeMap<>();
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (entry.isDirectory()) continue;
                String name = fileName(entry);
                if (name == null) continue;
                String earlier = seen.put(lower(name), entry.getName());
                if (earlier != null) throw new IOException("entries " + earlier + " and " + entry.getName() + " are both " + name);
                sizes.put(entry.getName(), entry.getSize());
                if (entry.getSize() > 0) declared += entry.getSize();
                if (declared > limits.maxBytes()) {
                    throw new IOException("its files unpack to more than " + limits.maxBytes() + " bytes, the most a bundle may hold");
                }
            }
            return sizes;
        } catch (java.util.zip.ZipException e) {
            throw new IOException("it is not a zip archive (" + e.getMessage() + ")", e);
        }
    }

    /** The file name an entry unpacks to; null for what a bundle ignores (folders, hidden files, __MACOSX, _READY). */
    private static String fileName(ZipEntry entry) {
        if (entry.isDirectory() || entry.getName().startsWith("__MACOSX")) return null;
        Path path = Path.of(entry.getName().replace('\\', '/'));
        Path name = path.getFileName();
        if (name == null || name.toString().isBlank() || name.toString().startsWith(".")
                || name.toString().equalsIgnoreCase(READY)) return null;
        return name.toString();
    }

    /**
     * Copies at most {@code room} bytes, and at most the {@code declared} size of the entry when it declares one; more
     * stops the unpacking at once (the sizes the zip declared were false).
     */
    private long copyAtMost(ZipInputStream in, Path target, long room, long declared, String entry) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (declared >= 0 && copied > declared) {
                    throw new IOException("entry " + entry + " unpacks to more than the " + declared + " bytes it declares");
                }
                if (copied > room) {
                    throw new IOException("its files unpack to more than " + limits.maxBytes() + " bytes, the most a bundle may hold");
                }
                out.write(buffer, 0, n);
            }
        }
        return copied;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (unpacked == null) return;
        try (Stream<Path> files = Files.walk(unpacked)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + unpacked, e);
        }
        unpacked = null;
    }
}
