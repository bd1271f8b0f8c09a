package org.edhub.hub.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.edhub.core.program.StatePrograms;
import org.edhub.hub.program.Programs;
import org.junit.jupiter.api.Test;

class DistrictsTest {
    static final Programs PROGRAMS = new Programs(StatePrograms.installed());
    static final District.Sftp SFTP = new District.Sftp("sftp.example", 22, "lonestar", "pw", null, "/etc/edhub/known_hosts");

    @Test
    void aValidConfigurationIsIndexedById() {
        Districts districts = new Districts(properties(district("101912", "TX", List.of("tx-certifications"), SFTP)), PROGRAMS);
        assertThat(districts.get("101912").name()).isEqualTo("District 101912");
        assertThat(districts.byId("999999")).isEmpty();
    }

    @Test
    void misconfigurationsFailAtStartWithTheDistrictAndTheProblem() {
        assertThatThrownBy(() -> new Districts(properties(district("101912", "TX", List.of("ky-sis"), SFTP)), PROGRAMS))
                .hasMessage("edhub.districts: district 101912: feed ky-sis is not a TX feed (known: [tx-certifications, tx-peims])");
        assertThatThrownBy(() -> new Districts(properties(district("165", "KS", List.of(), SFTP)), PROGRAMS))
                .hasMessageContaining("state must be one of [KY, TX] (the states of the installed programs), not KS");
        assertThatThrownBy(() -> new Districts(properties(district("165", "KY", List.of(),
                new District.Sftp("h", 22, "u", "pw", null, null))), PROGRAMS)).hasMessageContaining("sftp.known-hosts is missing");
        assertThatThrownBy(() -> new Districts(properties(district("165", "KY", List.of(),
                new District.Sftp("h", 22, "u", null, " ", "/k"))), PROGRAMS)).hasMessageContaining("give sftp.password or sftp.private-key");
        assertThatThrownBy(() -> new Districts(properties(district("165", "KY", List.of(), SFTP), district("165", "KY", List.of(), SFTP)), PROGRAMS))
                .hasMessageContaining("district 165 is configured twice");
    }

    @Test
    void sftpUrisCheckHostKeysAndKeepPasswordsRaw() {
        String uri = DistrictSftp.uri(district("101912", "TX", List.of(), new District.Sftp("h", 2222, "u", "p&w=1", null, "/k")),
                "inbound", Map.of("delay", "500"));
        assertThat(uri).startsWith("sftp://h:2222/inbound?username=u&password=RAW(p&w=1)&knownHostsFile=%2Fk")
                .contains("strictHostKeyChecking=yes").contains("useUserKnownHostsFile=false").endsWith("&delay=500");
    }

    private static District district(String id, String state, List<String> feeds, District.Sftp sftp) {
        return new District(id, state, "District " + id, List.of("c@example.org"), feeds, sftp);
    }

    private static HubProperties properties(District... districts) {
        return new HubProperties(Path.of("data"), Path.of("mappings"), Duration.ofSeconds(10), Duration.ofSeconds(5),
                null, null, null, null, List.of(districts), Map.of(), null, null);
    }
}
