package org.edhub.hub.intake;

import java.util.Optional;
import java.util.function.Supplier;

import com.jcraft.jsch.ChannelSftp;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.component.file.remote.strategy.SftpChangedExclusiveReadLockStrategy;
import org.edhub.hub.district.HubProperties;
import org.springframework.stereotype.Component;

/**
 * The pickup's read lock: camel-sftp's changed read lock (a file is taken once it has been left alone for the settle
 * period, see {@link PickupRoutes#inboundUri}), which also makes sure a file did not change while the hub read it.
 * <p>
 * When the lock is taken, the remote file's size and modification time are noted. The intake looks again once the
 * file is downloaded, before it records anything ({@link #changedSinceTaken}): a file the district was still writing
 * (a slow link pausing longer than the settle period) has grown, its read is discarded and the file stays in the inbox,
 * read again once it has settled. Once the intake has decided, just before the file is moved out of the inbox, the hub
 * looks a last time: a file changed while its run was computed is not moved, so its newer bytes are read as the next
 * version of the file, which replaces the one read.
 * <p>
 * SFTP gives modification times in whole seconds; a rewrite of the same size within the same second is not seen.
 * Uploading under a temporary name and renaming at the end (README, "Dropping files") leaves no such window.
 * <p>
 * The lock also hands the intake the rest of the drop as the server lists it then ({@link SftpInbox}).
 */
@Component("unchangedWhileRead")
public class UnchangedWhileRead extends SftpChangedExclusiveReadLockStrategy {
    static final String TAKEN = "edhubRemoteWhenTaken";
    static final String REMOTE_NOW = "edhubRemoteNow";
    /** The rest of the drop while the file is read ({@link SftpInbox}). */
    static final String INBOX = "edhubInbox";

    /** What the district's server says of a file: its size in bytes and its modification time in milliseconds. */
    record RemoteState(long size, long lastModified) {
        String describe() {
            return size + " bytes, modified " + java.time.Instant.ofEpochMilli(lastModified);
        }
    }

    public UnchangedWhileRead(HubProperties properties) {
        long minAge = properties.settlePeriod().toMillis() + PickupRoutes.SFTP_TIME_RESOLUTION_MS;
        setMinAge(minAge);
        setTimeout(minAge * 3);
        setCheckInterval(PickupRoutes.CHECK_INTERVAL_MS);
        setMinLength(0);
        setReadLockLoggingLevel(LoggingLevel.DEBUG);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<ChannelSftp.LsEntry> operations,
                                            GenericFile<ChannelSftp.LsEntry> file, Exchange exchange) throws Exception {
        if (!super.acquireExclusiveReadLock(operations, file, exchange)) return false;
        Optional<RemoteState> taken = stat(operations, file);
        if (taken.isEmpty()) return false;
        exchange.setProperty(TAKEN, taken.get());
        Supplier<Optional<RemoteState>> now = () -> stat(operations, file);
        exchange.setProperty(REMOTE_NOW, now);
        exchange.setProperty(INBOX, new SftpInbox(operations, file));
        return true;
    }

    /**
     * Why the file is not the one the hub has read, if it is not: the remote file's size or time differ from when the
     * lock was taken, or the local copy has another size. Asked after the download, before the intake records anything,
     * and again after the intake, before the move.
     */
    @SuppressWarnings("unchecked")
    static Optional<String> changedSinceTaken(Exchange exchange, long localSize) {
        RemoteState taken = exchange.getProperty(TAKEN, RemoteState.class);
        Supplier<Optional<RemoteState>> remote = exchange.getProperty(REMOTE_NOW, Supplier.class);
        if (taken == null || remote == null) return Optional.empty();
        Optional<RemoteState> now = remote.get();
        if (now.isEmpty()) return Optional.of("it was removed while it was read");
        if (!now.get().equals(taken)) {
            return Optional.of("it changed while it was read (when taken: " + taken.describe() + "; after the read: "
                    + now.get().describe() + ")");
        }
        if (localSize != taken.size()) {
            return Optional.of("the read gave " + localSize + " bytes of its " + taken.size());
        }
        return Optional.empty();
    }

    /** The file as the server lists it now, if it is still there. */
    private static Optional<RemoteState> stat(GenericFileOperations<?> operations, GenericFile<?> file) {
        Object[] entries = operations.listFiles(file.getAbsoluteFilePath());
        for (Object entry : entries) {
            if (entry instanceof SftpRemoteFile<?> remote && !remote.isDirectory()
                    && (remote.getFilename().equals(file.getFileNameOnly()) || remote.getFilename().equals(file.getAbsoluteFilePath()))) {
                return Optional.of(new RemoteState(remote.getFileLength(), remote.getLastModified()));
            }
        }
        return Optional.empty();
    }
}
