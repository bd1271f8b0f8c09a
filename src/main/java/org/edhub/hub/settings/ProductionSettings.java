package org.edhub.hub.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.edhub.hub.district.District;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.web.security.WebUsers;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * The production profile's refusal to start with what is only for trying the hub out: no dashboard user at all, a
 * password in clear ({@code {noop}}, or no encoding), a user or district of the demo profile
 * ({@code application-demo.yaml}), or the hub's own SFTP server. Each finding names its setting; all are given at
 * once, as soon as the settings are read: before the database, the web server or any route starts (registered in
 * {@code META-INF/spring.factories}).
 */
public class ProductionSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    static final String DEMO = "application-demo.yaml";
    private static final Set<String> HASHES = Set.of("{bcrypt}", "{argon2}", "{pbkdf2}", "{scrypt}");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("production"))) return;
        Binder binder = Binder.get(environment);
        check(binder.bindOrCreate("edhub", HubProperties.class), binder.bindOrCreate("edhub", WebUsers.class));
    }

    static void check(HubProperties hub, WebUsers users) {
        List<String> findings = findings(hub, users, demoValues("edhub.users", "username"), demoValues("edhub.districts", "id"));
        if (!findings.isEmpty()) throw new UnsafeForProduction(findings);
    }

    static List<String> findings(HubProperties hub, WebUsers users, Set<String> demoUsers, Set<String> demoDistricts) {
        List<String> findings = new ArrayList<>();
        if (users.users().isEmpty()) {
            findings.add("edhub.users: no dashboard user is configured. The demo profile's users " + demoUsers
                    + " are for trying the hub out; configure the coordinators and an admin with {bcrypt} passwords");
        }
        for (int i = 0; i < users.users().size(); i++) {
            WebUsers.User user = users.users().get(i);
            if (demoUsers.contains(user.username())) {
                findings.add("edhub.users[" + i + "].username: '" + user.username() + "' is a demo user " + demoUsers);
            }
            String password = user.password() == null ? "" : user.password();
            if (HASHES.stream().noneMatch(password::startsWith)) {
                findings.add("edhub.users[" + i + "].password: the password of '" + user.username() + "' is "
                        + (password.startsWith("{noop}") ? "{noop}, in clear" : "not a {bcrypt} hash") + "; give a {bcrypt} hash");
            }
        }
        for (int i = 0; i < hub.districts().size(); i++) {
            District district = hub.districts().get(i);
            if (demoDistricts.contains(district.id())) {
                findings.add("edhub.districts[" + i + "].id: " + district.id() + " (" + district.name() + ") is a sample district of the demo");
            }
        }
        if (hub.embeddedSftp().enabled()) {
            findings.add("edhub.embedded-sftp.enabled: the hub's own SFTP server is for the demo; districts drop on their SFTP server");
        }
        return findings;
    }

    /** The values of {@code <list>[n].<field>} in the demo profile's file. */
    private static Set<String> demoValues(String list, String field) {
        try {
            Set<String> values = new TreeSet<>();
            for (var source : new YamlPropertySourceLoader().load(DEMO, new ClassPathResource(DEMO))) {
                if (!(source instanceof EnumerablePropertySource<?> named)) continue;
                for (String key : named.getPropertyNames()) {
                    if (key.matches(java.util.regex.Pattern.quote(list) + "\\[\\d+]\\." + field)) {
                        values.add(String.valueOf(named.getProperty(key)));
                    }
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO, e);
        }
    }
}
