package org.edhub.hub.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.edhub.hub.district.HubProperties;
import org.edhub.hub.web.security.WebUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProductionSettingsTest {
    static final String BCRYPT = "{bcrypt}$2a$12$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
    final Map<String, Object> settings = new LinkedHashMap<>(Map.of(
            "edhub.users[0].username", "peims.lead", "edhub.users[0].password", BCRYPT, "edhub.users[0].role", "ADMIN",
            "edhub.districts[0].id", "101912", "edhub.districts[0].state", "TX", "edhub.districts[0].name", "Lone Star ISD",
            "edhub.districts[0].sftp.host", "sftp.agency.example", "edhub.districts[0].sftp.user", "lonestar"));

    @Test
    void aRealInstallationsSettingsPass() {
        assertThat(findings()).isEmpty();
    }

    @Test
    void theDeploymentTemplatePassesOnceItsSecretsAreGiven() throws Exception {
        var environment = new org.springframework.core.env.StandardEnvironment();
        for (var source : new org.springframework.boot.env.YamlPropertySourceLoader().load("deploy",
                new org.springframework.core.io.FileSystemResource("deploy/application-production.yaml"))) {
            environment.getPropertySources().addLast(source);
        }
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("secrets", Map.of(
                "EDHUB_PEIMS_LEAD_PASSWORD_HASH", BCRYPT.substring("{bcrypt}".length()),
                "EDHUB_OPERATOR_PASSWORD_HASH", BCRYPT.substring("{bcrypt}".length()),
                "EDHUB_SMTP_PASSWORD", "s", "EDHUB_EXAMPLE_SFTP_PASSWORD", "s")));
        Binder binder = Binder.get(environment);
        ProductionSettings.check(binder.bindOrCreate("edhub", HubProperties.class), binder.bindOrCreate("edhub", WebUsers.class));
        assertThat(binder.bindOrCreate("edhub", WebUsers.class).users()).hasSize(2);
    }

    @Test
    void theDemoProfilesUsersAndDistrictsAreReadFromItsFile() {
        ProductionSettings.check(hub(), users());
        settings.put("edhub.users[1].username", "admin");
        settings.put("edhub.users[1].password", BCRYPT);
        settings.put("edhub.districts[1].id", "165");
        settings.put("edhub.districts[1].state", "KY");
        settings.put("edhub.districts[1].name", "Harlan Valley Independent");
        assertThatThrownBy(() -> ProductionSettings.check(hub(), users())).isInstanceOf(UnsafeForProduction.class)
                .hasMessageContaining("edhub.users[1].username: 'admin' is a demo user [admin, bluegrass, lonestar]")
                .hasMessageContaining("edhub.districts[1].id: 165 (Harlan Valley Independent) is a sample district of the demo");
    }

    @Test
    void eachUnsafeSettingIsNamed() {
        settings.put("edhub.users[1].username", "title1");
        settings.put("edhub.users[1].password", "{noop}secret");
        settings.put("edhub.users[2].username", "plain");
        settings.put("edhub.users[2].password", "secret");
        settings.put("edhub.embedded-sftp.enabled", "true");
        assertThat(findings()).containsExactly(
                "edhub.users[1].password: the password of 'title1' is {noop}, in clear; give a {bcrypt} hash",
                "edhub.users[2].password: the password of 'plain' is not a {bcrypt} hash; give a {bcrypt} hash",
                "edhub.embedded-sftp.enabled: the hub's own SFTP server is for the demo; districts drop on their SFTP server");
    }

    @Test
    void noUserAtAllIsRefusedNamingTheDemoUsers() {
        settings.keySet().removeIf(k -> k.startsWith("edhub.users"));
        assertThat(findings()).singleElement().asString().startsWith("edhub.users: no dashboard user is configured. "
                + "The demo profile's users [admin, bluegrass, lonestar] are for trying the hub out");
    }

    private java.util.List<String> findings() {
        return ProductionSettings.findings(hub(), users(), new java.util.TreeSet<>(Set.of("admin", "bluegrass", "lonestar")), Set.of("099902", "165"));
    }

    private HubProperties hub() {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("edhub", HubProperties.class);
    }

    private WebUsers users() {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("edhub", WebUsers.class);
    }
}
