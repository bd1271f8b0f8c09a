package org.edhub.hub.cluster;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This instance among several on one database and one shared data folder (deploy/README.md, "Three instances").
 *
 * @param name             unique among the instances (default: the host's name); the folder of its scratch files
 *                         and the owner of its runs. Two instances on one host need names of their own.
 * @param heartbeat        how often the instance says it is alive
 * @param staleAfter       an instance silent this long has stopped: another instance fails its runs as interrupted
 *                         (their files are read again by the district's new leader) and deletes its scratch files
 * @param clusterRoot      the folder of the leadership lock files (Camel's file-lock cluster service): on the shared
 *                         data folder by default, so all instances see the same locks
 * @param acquireLockEvery how often an instance that leads no district tries for a lock another instance left
 */
@ConfigurationProperties("edhub.instance")
public record InstanceSettings(String name,
                               @DefaultValue("10s") Duration heartbeat,
                               @DefaultValue("60s") Duration staleAfter,
                               Path clusterRoot,
                               @DefaultValue("5s") Duration acquireLockEvery) {
}
