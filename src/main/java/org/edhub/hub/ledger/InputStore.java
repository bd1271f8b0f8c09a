package org.edhub.hub.ledger;

import org.edhub.core.privacy.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.district.HubProperties;
import org.springframework.stereotype.Component;

/**
 * The hub's own copy of every received file, so any run can be replayed without a new upload (hub.md). Kept under
 * {@code <data>/inputs/<district>/<feed>/<year>/<sha256>/<name>}: the same bytes are kept once.
 */
@Component
public class InputStore {
    private final Path root;
    private final HubInstance instance;

    public InputStore(HubProperties properties, HubInstance instance) {
        this.root = properties.dataDir().resolve("inputs");
        this.instance = instance;
    }

    public record Kept(Path path, long size, String sha256) {
    }

    public Kept keep(DropPath drop, Path received) {
        try {
            Path staging = PrivateFiles.createFolders(staging(instance.name()));
            Path partial = Files.createTempFile(staging, "in-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(received), sha);
                 OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            Path folder = PrivateFiles.createFolders(root.resolve(safe(drop.districtId())).resolve(safe(drop.feed()))
                    .resolve(safe(drop.schoolYear())).resolve(digest));
            Path kept = folder.resolve(safe(drop.name()));
            Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Kept(kept, size, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a copy of " + drop.relativePath(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes the partial copies a stop of the instance left while a file was being kept (at its start-up, or once
     * another instance sees it has stopped); returns how many.
     */
    public int deletePartialCopies(String instanceName) {
        Path staging = staging(instanceName);
        if (!Files.isDirectory(staging)) return 0;
        try (Stream<Path> files = Files.list(staging)) {
            int deleted = 0;
            for (Path p : files.toList()) {
                if (Files.deleteIfExists(p)) deleted++;
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the partial copies in " + staging, e);
        }
    }

    /** Each instance keeps its partial copies apart, so one's clean-up never deletes another's copy being made. */
    private Path staging(String instanceName) {
        return root.resolve(".staging").resolve(instanceName);
    }

    /** A folder or file name as the district gave it, unable to climb out of the store. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[/\\\\:\\x00]", "_");
        return cleaned.isBlank() || cleaned.equals(".") || cleaned.equals("..") ? "_" + cleaned : cleaned;
    }
}
