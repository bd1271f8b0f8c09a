package org.edhub.hub.district;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A tenant of the hub.
 *
 * @param id           Kentucky 3-digit district number or Texas 6-digit DISTRICT-ID, as a string
 * @param state        the state whose programs run for it, e.g. {@code TX} (hub.program.Programs lists them)
 * @param coordinators who receives the e-mail of every run
 * @param feeds        the feed folders this district drops into
 */
public record District(String id, String state, String name, @DefaultValue List<String> coordinators,
                       @DefaultValue List<String> feeds, Sftp sftp) {

    /**
     * The district's SFTP account: the hub polls its {@code inbound/} and writes to its {@code outbound/}.
     *
     * @param privateKey path of a private key file (instead of a password)
     * @param knownHosts path of the known_hosts file holding the server's host key; host keys are always checked
     */
    public record Sftp(String host, @DefaultValue("22") int port, String user, String password, String privateKey,
                       String knownHosts) {
    }

    public String label() {
        return name + " (" + id + ")";
    }
}
