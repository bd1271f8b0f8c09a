package org.edhub.kentucky.bundle;

/**
 * What a bundle's zip may hold before it is unpacked: at most {@code maxEntries} entries and {@code maxBytes}
 * unpacked bytes in all, counted from the central directory first and then again while unpacking (a declared size can
 * lie), so a zip bomb stops at the cap. Defaults: 1,000 entries and 2 GiB; the system properties
 * {@code edhub.zip.max-entries} and {@code edhub.zip.max-bytes} change them (e.g. {@code java -Dedhub.zip.max-bytes=4294967296}).
 */
public record ZipLimits(int maxEntries, long maxBytes) {
    public static final ZipLimits DEFAULT = new ZipLimits(1000, 2L << 30);

    /** The limits the system properties set, else the defaults. */
    public static ZipLimits configured() {
        return new ZipLimits(Integer.getInteger("edhub.zip.max-entries", DEFAULT.maxEntries),
                Long.getLong("edhub.zip.max-bytes", DEFAULT.maxBytes));
    }
}
