package org.edhub.hub.district;

import org.edhub.hub.program.Programs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The configured districts, checked once at start-up so a typo fails loudly instead of silently never polling. */
@Component
public class Districts {
    private final Map<String, District> byId = new LinkedHashMap<>();

    public Districts(HubProperties properties, Programs programs) {
        for (District d : properties.districts()) {
            require(d.id() != null && !d.id().isBlank(), "a district has no id");
            require(programs.states().contains(d.state()), "district " + d.id() + ": state must be one of " + programs.states()
                    + " (the states of the installed programs), not " + d.state());
            require(d.sftp() != null && d.sftp().host() != null, "district " + d.id() + ": sftp.host is missing");
            require(d.sftp().user() != null && !d.sftp().user().isBlank(), "district " + d.id() + ": sftp.user is missing");
            require(present(d.sftp().password()) || present(d.sftp().privateKey()),
                    "district " + d.id() + ": give sftp.password or sftp.private-key");
            require(present(d.sftp().knownHosts()), "district " + d.id() + ": sftp.known-hosts is missing; host keys are always "
                    + "checked (ssh-keyscan -p <port> <host> >> known_hosts, after checking the fingerprint)");
            for (String feed : d.feeds()) {
                require(programs.feedsOf(d.state()).contains(feed),
                        "district " + d.id() + ": feed " + feed + " is not a " + d.state() + " feed (known: " + programs.feedsOf(d.state()) + ")");
            }
            require(byId.put(d.id(), d) == null, "district " + d.id() + " is configured twice");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean ok, String problem) {
        if (!ok) throw new IllegalStateException("edhub.districts: " + problem);
    }

    public List<District> all() {
        return List.copyOf(byId.values());
    }

    public Optional<District> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public District get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No district " + id + " is configured"));
    }
}
