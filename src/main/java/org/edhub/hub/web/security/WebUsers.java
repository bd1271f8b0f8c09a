package org.edhub.hub.web.security;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's users ({@code edhub.users} in application.yaml).
 *
 * @param users each with a password in Spring Security's prefixed form ({@code {bcrypt}...}, or {@code {noop}...}
 *              for trying the hub out), a role and, for a coordinator, the ids of the districts they may see
 */
@ConfigurationProperties("edhub")
public record WebUsers(@DefaultValue List<User> users) {

    public record User(String username, String password, @DefaultValue("COORDINATOR") Role role,
                       @DefaultValue List<String> districts) {
    }

    public Optional<User> named(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
