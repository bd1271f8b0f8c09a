package org.edhub.hub.delivery.outbound;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.edhub.hub.delivery.outbound.TemporaryNames.Kind;
import org.edhub.hub.delivery.outbound.TemporaryNames.Leftover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a run's files into one SFTP folder all together or not at all, on one connection of the folder's endpoint:
 * <ol>
 * <li>what an earlier put that was cut off left in the folder is put back first (its previous versions back in place,
 * or, when it had finished, its leftovers deleted);</li>
 * <li>every file is written under a temporary name; a failure deletes what was written and the folder is as it was;</li>
 * <li>the previous versions are moved aside, then the new ones renamed into place, then the mark that the run's files
 * are all in place is written; a failure on the way puts the previous versions back;</li>
 * <li>the previous versions are deleted.</li>
 * </ol>
 * While the files are renamed (milliseconds), a listing shows part of the previous set or part of the new one, never
 * the two mixed: SFTP renames one file at a time and has no transaction over several.
 */
public final class AllOrNothing {
    private static final Logger LOG = LoggerFactory.getLogger(AllOrNothing.class);
    private final RemoteFileOperations<SftpRemoteFile> sftp;
    private final SftpEndpoint endpoint;
    private final String folder;
    private final TemporaryNames temporary;

    private AllOrNothing(SftpEndpoint endpoint, RemoteFileOperations<SftpRemoteFile> sftp, String folder, long run) {
        this.endpoint = endpoint;
        this.sftp = sftp;
        this.folder = folder;
        this.temporary = new TemporaryNames(run);
    }

    /** Puts {@code files} (name in the folder, local file) of {@code run} into {@code folder} of the endpoint's account. */
    @SuppressWarnings("unchecked")
    public static void put(SftpEndpoint endpoint, String folder, long run, Map<String, Path> files) {
        RemoteFileOperations<SftpRemoteFile> sftp = (RemoteFileOperations<SftpRemoteFile>) (RemoteFileOperations<?>) endpoint.createRemoteFileOperations();
        sftp.connect(endpoint.getConfiguration(), endpoint.createExchange());
        try {
            new AllOrNothing(endpoint, sftp, folder, run).put(files);
        } finally {
            sftp.disconnect();
        }
    }

    private void put(Map<String, Path> files) {
        makeFolder();
        try {
            putBack(listing());
        } catch (RuntimeException e) {
            throw new CannotDeliver("Could not put right what an earlier delivery cut off midway left in " + folder + "/ ("
                    + CannotDeliver.describe(e) + ")", e);
        }
        Map<String, SftpRemoteFile> present = listing();
        for (String name : files.keySet()) {
            SftpRemoteFile there = present.get(name);
            if (there != null && there.isDirectory()) {
                throw new CannotDeliver(path(name) + " is a folder, where the hub puts its file " + name + "; nothing in "
                        + folder + "/ changed");
            }
        }
        Set<String> names = new LinkedHashSet<>(files.keySet());
        Set<String> hadPrevious = new LinkedHashSet<>(names);
        hadPrevious.retainAll(present.keySet());
        write(files, hadPrevious);
        swap(names, hadPrevious);
        cleanUp(names, hadPrevious);
    }

    private void makeFolder() {
        int slash = folder.lastIndexOf('/');
        String parent = slash < 0 ? "." : folder.substring(0, slash);
        try {
            sftp.buildDirectory(folder, false);
        } catch (RuntimeException e) {
            throw new CannotDeliver("The hub cannot make the folder " + folder + "/ (" + CannotDeliver.describe(e) + ")", e);
        }
        for (SftpRemoteFile f : sftp.listFiles(parent)) {
            if (f.getFilename().equals(folder.substring(slash + 1)) && !f.isDirectory()) {
                throw new CannotDeliver(folder + " is a file, where the hub keeps the folder of these files; nothing changed");
            }
        }
    }

    /** Every new version under its temporary name, and a mark for each file that had no previous version. */
    private void write(Map<String, Path> files, Set<String> hadPrevious) {
        List<String> written = new ArrayList<>();
        String name = null;
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                name = file.getKey();
                if (!hadPrevious.contains(name)) {
                    written.add(temporary.none(name));
                    store(temporary.none(name), new byte[0]);
                }
                written.add(temporary.newVersion(name));
                store(temporary.newVersion(name), file.getValue().toFile());
            }
        } catch (RuntimeException e) {
            written.forEach(this::deleteQuietly);
            throw new CannotDeliver("Could not write " + path(name) + " (" + CannotDeliver.describe(e) + "); nothing in "
                    + folder + "/ changed", e);
        }
    }

    private void swap(Set<String> names, Set<String> hadPrevious) {
        List<String> aside = new ArrayList<>();
        List<String> in = new ArrayList<>();
        try {
            for (String name : hadPrevious) {
                rename(name, temporary.previous(name));
                aside.add(name);
            }
            for (String name : names) {
                rename(temporary.newVersion(name), name);
                in.add(name);
            }
            store(temporary.swapped(), new byte[0]);
        } catch (RuntimeException e) {
            List<String> notBack = rollBack(names, hadPrevious, aside, in);
            throw new CannotDeliver("Could not put the files into " + folder + "/ (" + CannotDeliver.describe(e) + "); "
                    + (notBack.isEmpty() ? "the previous files are back in place"
                    : "the previous versions of " + String.join(", ", notBack) + " are put back before the next attempt"), e);
        }
    }

    /** Puts the previous versions back; returns the names it could not put back (the next put does). */
    private List<String> rollBack(Set<String> names, Set<String> hadPrevious, List<String> aside, List<String> in) {
        List<String> notBack = new ArrayList<>();
        for (String name : names) {
            try {
                if (in.contains(name)) sftp.deleteFile(path(name));
                if (aside.contains(name)) rename(temporary.previous(name), name);
                else if (!hadPrevious.contains(name)) deleteQuietly(temporary.none(name));
                if (!in.contains(name)) deleteQuietly(temporary.newVersion(name));
            } catch (RuntimeException e) {
                LOG.warn("{}: cannot put {} back as it was yet ({})", folder, name, CannotDeliver.describe(e));
                notBack.add(name);
            }
        }
        return notBack;
    }

    /** Deletes the previous versions; the swapped mark goes last, and only when nothing else is left. */
    private void cleanUp(Set<String> names, Set<String> hadPrevious) {
        boolean clean = true;
        for (String name : names) {
            clean &= deleteQuietly(hadPrevious.contains(name) ? temporary.previous(name) : temporary.none(name));
        }
        if (clean) deleteQuietly(temporary.swapped());
    }

    /**
     * What a put cut off before it ended (the connection lost, the hub stopped) left in the folder: a run whose files
     * were all in place has its leftovers deleted; any other has its new versions taken out and the previous ones put
     * back, so the folder holds the set it held before.
     */
    private void putBack(Map<String, SftpRemoteFile> present) {
        Map<Long, List<Leftover>> byRun = new TreeMap<>();
        for (String fileName : present.keySet()) {
            TemporaryNames.leftover(fileName).ifPresent(l -> byRun.computeIfAbsent(l.run(), r -> new ArrayList<>()).add(l));
        }
        byRun.forEach((run, leftovers) -> {
            boolean swapped = leftovers.stream().anyMatch(l -> l.kind() == Kind.SWAPPED);
            LOG.warn("{}: a delivery of run {} was cut off {}; {}", folder, run, swapped ? "after its files were in place"
                    : "before its files were all in place", swapped ? "deleting what it left" : "putting the previous files back");
            for (Leftover l : leftovers) {
                if (!swapped && l.kind() == Kind.PREVIOUS) {
                    if (present.containsKey(l.name())) sftp.deleteFile(path(l.name()));
                    rename(l.temporaryName(), l.name());
                } else if (!swapped && l.kind() == Kind.NONE && present.containsKey(l.name())) {
                    sftp.deleteFile(path(l.name()));
                }
            }
            for (Leftover l : leftovers) {
                if (l.kind() == Kind.NEW || l.kind() == Kind.NONE || (swapped && l.kind() == Kind.PREVIOUS)) sftp.deleteFile(path(l.temporaryName()));
            }
            leftovers.stream().filter(l -> l.kind() == Kind.SWAPPED).forEach(l -> sftp.deleteFile(path(l.temporaryName())));
        });
    }

    /** The folder's entries by name. */
    private Map<String, SftpRemoteFile> listing() {
        Map<String, SftpRemoteFile> byName = new HashMap<>();
        for (SftpRemoteFile f : sftp.listFiles(folder)) {
            if (!f.getFilename().equals(".") && !f.getFilename().equals("..")) byName.put(f.getFilename(), f);
        }
        return byName;
    }

    private void store(String name, Object body) {
        Exchange exchange = endpoint.createExchange();
        exchange.getIn().setBody(body);
        sftp.storeFile(path(name), exchange, -1);
    }

    private void rename(String from, String to) {
        sftp.renameFile(path(from), path(to));
    }

    private boolean deleteQuietly(String name) {
        try {
            sftp.deleteFile(path(name));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot delete {} ({})", folder, name, CannotDeliver.describe(e));
            return false;
        }
    }

    private String path(String name) {
        return folder + "/" + name;
    }
}
