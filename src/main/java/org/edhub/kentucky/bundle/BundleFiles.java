package org.edhub.kentucky.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.program.InputFile;

/**
 * The files of one bundle, however it was dropped: one {@code .zip} holding the CSVs, or the loose CSVs. The
 * {@code _READY} marker is ignored. A zip's files are unpacked into a folder under the run's temporary folder, removed
 * on close; only the file name of each entry is used, so an entry cannot land outside that folder.
 */
public final class BundleFiles implements AutoCloseable {
    public static final String READY = "_READY";

    private final String feed;
    private final Path temporaryDir;
    private final Map<String, InputFile> byName = new TreeMap<>();
    private Path unpacked;

    private BundleFiles(String feed, Path temporaryDir) {
        this.feed = feed;
        this.temporaryDir = temporaryDir;
    }

    /** The bundle of {@code inputs}; a zip among them is unpacked under {@code temporaryDir}. */
    public static BundleFiles open(String feed, List<InputFile> inputs, Path temporaryDir) {
        BundleFiles bundle = new BundleFiles(feed, temporaryDir);
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
                + ")").at(name, null)));
    }

    private void unzip(InputFile zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip.path()))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = in.getNextEntry()) != null) {
                any = true;
                String name = Path.of(entry.getName().replace('\\', '/')).getFileName().toString();
                if (entry.isDirectory() || name.startsWith(".") || entry.getName().startsWith("__MACOSX")
                        || name.equalsIgnoreCase(READY)) continue;
                if (unpacked == null) unpacked = Files.createTempDirectory(Files.createDirectories(temporaryDir), feed + "-");
                Path target = unpacked.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                byName.putIfAbsent(lower(name), new InputFile(name, target));
            }
            if (!any) throw new IOException("it is empty or not a zip archive");
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejected(SisRule.UNREADABLE.issue(zip.name() + " cannot be unpacked: " + e.getMessage())
                    .at(zip.name(), null), e);
        }
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
