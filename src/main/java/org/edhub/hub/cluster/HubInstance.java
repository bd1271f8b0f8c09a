package org.edhub.hub.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import org.edhub.hub.district.HubProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which instance this is: its name ({@link InstanceSettings#name()}, by default the host's) and the scratch folders
 * that are its own on a data folder several instances share. What an instance holds only while it works (downloads
 * being read, partial copies being kept, the runs' temporary folders with their spilled SSNs) lives under its name,
 * so its start-up clean-up, or another instance's once it has stopped, deletes its scratch files and nobody else's.
 */
@Component
public class HubInstance {
    private final String name;
    private final Path dataDir;
    private final Path temporaryDir;

    @Autowired
    public HubInstance(InstanceSettings settings, HubProperties properties) {
        this(settings.name() == null || settings.name().isBlank() ? hostName() : settings.name(), properties.dataDir(),
                properties.temporaryDir());
    }

    public HubInstance(String name, Path dataDir, Path temporaryDir) {
        this.name = folderSafe(name);
        this.dataDir = dataDir;
        this.temporaryDir = temporaryDir;
    }

    public String name() {
        return name;
    }

    /** Where the pickup downloads a file of the district while it is read. */
    public Path localWork(String districtId) {
        return localWorkOf(name).resolve(districtId);
    }

    /** The runs' temporary folders of this instance. */
    public Path temporaryDir() {
        return temporaryDirOf(name);
    }

    /** The partial copies of files being kept in the input store, under the store's staging folder. */
    public String staging() {
        return name;
    }

    /** The pickup's download folders of an instance, this one or another. */
    public Path localWorkOf(String instance) {
        return dataDir.resolve("work").resolve(instance);
    }

    /** The runs' temporary folders of an instance, this one or another. */
    public Path temporaryDirOf(String instance) {
        return temporaryDir.resolve(instance);
    }

    /** A name is a folder name: letters, digits, dot, dash and underscore, the rest replaced. */
    static String folderSafe(String name) {
        String safe = name.strip().replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) safe = "edhub" + safe;
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return fromEnvironment;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "edhub";
        }
    }
}
