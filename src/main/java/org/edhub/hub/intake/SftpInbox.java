package org.edhub.hub.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jcraft.jsch.ChannelSftp;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.edhub.hub.run.DropRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rest of a drop as the district's SFTP server lists it when one of its files is read: through the pickup's own
 * connection, on the pickup's thread, so what the run is decided on is the inbox of that moment, not the poll's first
 * listing (a drop still being written is listed in part). A file still under a client's temporary name counts under
 * the name it will have; folders, links and hidden files do not count. A folder that cannot be listed holds nothing
 * back: the file runs as it would alone.
 */
final class SftpInbox implements DropRest {
    private static final Logger LOG = LoggerFactory.getLogger(SftpInbox.class);
    /** The suffixes of a file a client is still writing, as the pickup's URI leaves them out (PickupRoutes). */
    private static final List<String> TEMPORARY = List.of(".part", ".filepart", ".tmp");
    private final GenericFileOperations<ChannelSftp.LsEntry> operations;
    /** The district's {@code inbound/} folder as the consumer names it, ending with {@code /}. */
    private final String inbound;
    /** The file being read, under {@code inbound/}. */
    private final String reading;
    /** The folders listed so far, each program that reads a folder asking for it. */
    private final Map<String, List<String>> listed = new HashMap<>();

    SftpInbox(GenericFileOperations<ChannelSftp.LsEntry> operations, GenericFile<ChannelSftp.LsEntry> file) {
        String absolute = file.getAbsoluteFilePath().replace('\\', '/');
        this.reading = file.getRelativeFilePath().replace('\\', '/');
        this.inbound = absolute.endsWith(reading) ? absolute.substring(0, absolute.length() - reading.length()) : "";
        this.operations = operations;
    }

    @Override
    public List<String> waiting(String feed, String year) {
        return listed.computeIfAbsent(feed + "/" + year + "/", this::list);
    }

    /** The files waiting in a folder as the server lists it; asked once per folder for the file being read. */
    private List<String> list(String folder) {
        Object[] entries;
        try {
            entries = operations.listFiles(inbound + folder);
        } catch (GenericFileOperationFailedException e) {
            LOG.debug("Cannot list {}{}: {}", inbound, folder, e.toString());
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Object entry : entries == null ? new Object[0] : entries) {
            if (!(entry instanceof SftpRemoteFile<?> remote) || remote.isDirectory() || isLink(remote)) continue;
            String name = remote.getFilename();
            if (name.startsWith(".") || (folder + name).equals(reading)) continue;
            names.add(written(name));
        }
        return List.copyOf(names);
    }

    /** The name a file will have once its client has written it. */
    static String written(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : TEMPORARY) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }

    private static boolean isLink(SftpRemoteFile<?> remote) {
        return remote.getRemoteFile() instanceof ChannelSftp.LsEntry entry && entry.getAttrs().isLink();
    }
}
