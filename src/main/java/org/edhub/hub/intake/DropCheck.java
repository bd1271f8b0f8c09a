package org.edhub.hub.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the pickup cannot take from a district's {@code inbound/} folder, seen as it lists the folder, before anything
 * is downloaded: a file at another depth than {@code <feed>/<school-year>/<name>}, a folder inside a year folder, a
 * link, and a name the hub cannot record or archive (longer than its ledger holds or than an archived name may be,
 * with leading or trailing spaces, or with control characters). Each is told to the district once and left where it
 * is ({@link DropRefusals}); everything else is listed as before, and a feed or year folder the hub can record but does
 * not know is still rejected with the file ({@link Intake}).
 */
public final class DropCheck {
    /** The ledger's columns: {@code district_file.feed} and {@code school_year}. */
    static final int FEED_MAX = 40;
    static final int YEAR_MAX = 9;
    /** An archived file is named {@code <yyyyMMddTHHmmss>-<name>}, and most file systems allow 255 bytes a name. */
    static final int NAME_MAX_BYTES = 200;

    /** Why an entry is not taken, and where the district should put it instead. */
    public record Refusal(String reason, String where) {
        /** The message for the district: the path as it can be shown (control characters as {@code ?}, cut), why, and where. */
        public String message(String path) {
            return "inbound/" + shown(path) + ": " + reason + "; " + where;
        }
    }

    private final List<String> feeds;

    /** @param feeds the district's feed folders */
    public DropCheck(List<String> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /**
     * @param path      the entry's path under {@code inbound/}, folders separated by {@code /}
     * @param directory whether the entry is a folder
     * @param link      whether the entry is a symbolic link
     */
    public Optional<Refusal> check(String path, boolean directory, boolean link) {
        String[] parts = path.split("/");
        int depth = parts.length;
        String name = parts[depth - 1];
        if (link) {
            return refuse("a link is not read", "drop the file itself in " + folders());
        }
        Optional<String> unrecordable = unrecordable(name, directory ? depth : 3);
        if (unrecordable.isPresent()) {
            return refuse(unrecordable.get(), "rename it" + (directory ? "" : " and drop it in " + folders()));
        }
        if (directory && depth >= 3) {
            return refuse("a folder inside a year folder is not read", "put its files in inbound/" + parts[0] + "/" + parts[1] + "/");
        }
        if (!directory && depth != 3) {
            return refuse("files are read only in a feed's school year folder", "drop it in " + folders());
        }
        return Optional.empty();
    }

    /** Why a name cannot be recorded: a file's, or a feed folder's (depth 1) or a year folder's (depth 2). */
    private static Optional<String> unrecordable(String name, int depth) {
        String what = depth == 1 ? "the feed folder name" : depth == 2 ? "the school year folder name" : "the name";
        if (!name.equals(name.strip())) return Optional.of(what + " '" + name + "' starts or ends with a space");
        if (name.codePoints().anyMatch(Character::isISOControl)) return Optional.of(what + " has a control character");
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        int max = depth == 1 ? FEED_MAX : depth == 2 ? YEAR_MAX : NAME_MAX_BYTES;
        if (bytes > max) {
            return Optional.of(what + " is " + bytes + (depth == 3 ? " bytes" : " characters") + " long, more than the "
                    + max + " the hub can record" + (depth == 2 ? " (a school year folder is YYYY-YYYY)" : ""));
        }
        return Optional.empty();
    }

    /** A name as a message can show it: control characters as {@code ?}, at most 300 characters. */
    static String shown(String name) {
        String plain = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return plain.length() <= 300 ? plain : plain.substring(0, 300) + "...";
    }

    private String folders() {
        return feeds.stream().map(f -> "inbound/" + f + "/<school-year>/").reduce((a, b) -> a + " or " + b).orElse("a feed folder");
    }

    private static Optional<Refusal> refuse(String reason, String where) {
        return Optional.of(new Refusal(reason, where));
    }
}
