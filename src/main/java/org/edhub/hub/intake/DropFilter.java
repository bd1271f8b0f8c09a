package org.edhub.hub.intake;

import java.util.Optional;

import com.jcraft.jsch.ChannelSftp;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.edhub.core.program.Feed;
import org.edhub.hub.district.District;

/**
 * One district's pickup filter: each file and folder camel-sftp lists under {@code inbound/} is asked
 * {@link DropCheck}; what the hub cannot take is told to the district once ({@link DropRefusals}) and left out of the
 * poll, so it never blocks the files beside it. A refused folder is not entered. Every other file is noted in the
 * poll's {@link PollListing}, taken or not yet.
 */
final class DropFilter implements GenericFileFilter<Object> {
    private final District district;
    private final DropCheck check;
    private final DropRefusals refusals;
    private final java.time.Duration emptyFileWait;
    private final PollListing listing;

    DropFilter(District district, DropRefusals refusals, java.time.Duration settlePeriod, PollListing listing) {
        this.listing = listing;
        this.emptyFileWait = settlePeriod.multipliedBy(10);
        this.district = district;
        this.check = new DropCheck(district.feeds());
        this.refusals = refusals;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        String path = file.getRelativeFilePath().replace('\\', '/');
        Optional<DropCheck.Refusal> refusal = check.check(path, file.isDirectory(), isLink(file.getFile()));
        refusal.ifPresent(r -> refusals.refuseOnce(district, path, r));
        if (refusal.isPresent()) return false;
        if (!file.isDirectory()) listing.listed(path);
        return !stillEmpty(file);
    }

    /**
     * An empty file is one a client has only begun to write, unless it stays empty for ten settle periods: a slow link
     * that stalls before its first bytes must not have its file read, rejected as empty and moved while it writes on.
     * A bundle's {@code _READY} marker is empty by design and read at once.
     */
    private boolean stillEmpty(GenericFile<Object> file) {
        return !file.isDirectory() && file.getFileLength() == 0 && !Feed.READY_MARKER.equals(file.getFileNameOnly())
                && System.currentTimeMillis() - file.getLastModified() < emptyFileWait.toMillis();
    }

    private static boolean isLink(Object listed) {
        return listed instanceof SftpRemoteFile<?> remote && remote.getRemoteFile() instanceof ChannelSftp.LsEntry entry
                && entry.getAttrs().isLink();
    }
}
