package org.edhub.hub.ledger;

/**
 * Where a district dropped a file, relative to its {@code inbound/} folder: {@code <feed>/<school-year>/<name>}.
 * The feed and school year come from the folders, never from the file name (hub.md).
 */
public record DropPath(String districtId, String feed, String schoolYear, String name) {

    /** Reads {@code tx-certifications/2018-2019/ecos.csv}; a path of another depth keeps what it has. */
    public static DropPath of(String districtId, String relativePath) {
        String[] parts = relativePath.replace('\\', '/').split("/");
        String name = parts[parts.length - 1];
        String feed = parts.length >= 3 ? parts[parts.length - 3] : "";
        String year = parts.length >= 2 ? parts[parts.length - 2] : "";
        return new DropPath(districtId, feed, year, name);
    }

    public String relativePath() {
        return feed + "/" + schoolYear + "/" + name;
    }

    /** Where the file goes on the district's server once read, relative to {@code inbound/}. */
    public String movedTo(String folder, String timestamp) {
        return feed + "/" + schoolYear + "/" + folder + "/" + timestamp + "-" + name;
    }
}
