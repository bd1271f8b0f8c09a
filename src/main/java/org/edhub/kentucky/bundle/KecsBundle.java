package org.edhub.kentucky.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;

/**
 * The KECS exports of a district (feed {@code ky-kecs}), read like the SIS bundle: educators, credentials, credential
 * permissions and the full course catalog are required; the Munis clearances are optional.
 */
public record KecsBundle(List<Educator> educators, List<Credential> credentials,
                         List<CredentialPermission> permissions, CourseCatalog catalog,
                         List<MunisClearance> clearances) {
    public static final String FEED = CourseCatalog.FEED;
    public static final List<SisLayout<?>> REQUIRED = List.of(Educator.LAYOUT, Credential.LAYOUT,
            CredentialPermission.LAYOUT, CourseCatalog.FULL_LAYOUT);
    public static final List<SisLayout<?>> LAYOUTS = Stream.concat(REQUIRED.stream(), Stream.of(MunisClearance.LAYOUT)).toList();

    /**
     * Reads the bundle (one zip or loose CSVs, a zip unpacked under {@code temporaryDir}); a missing required file or
     * column rejects it whole.
     */
    public static KecsBundle read(List<InputFile> inputs, IssueSink issues, Path temporaryDir) {
        try (BundleFiles files = BundleFiles.open(FEED, inputs, temporaryDir)) {
            REQUIRED.forEach(layout -> files.require(layout.file()));
            Issues found = new Issues();
            KecsBundle bundle = new KecsBundle(
                    SisTable.read(files.require(Educator.LAYOUT.file()), Educator.LAYOUT, found),
                    SisTable.read(files.require(Credential.LAYOUT.file()), Credential.LAYOUT, found),
                    SisTable.read(files.require(CredentialPermission.LAYOUT.file()), CredentialPermission.LAYOUT, found),
                    new CourseCatalog(SisTable.read(files.require(CourseCatalog.FILE), CourseCatalog.FULL_LAYOUT, found)),
                    files.find(MunisClearance.LAYOUT.file()).map(f -> SisTable.read(f, MunisClearance.LAYOUT, found))
                            .orElse(List.of()));
            found.all().forEach(issues::report);
            return bundle;
        }
    }
}
