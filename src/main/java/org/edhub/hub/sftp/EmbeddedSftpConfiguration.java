package org.edhub.hub.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.signin.SignInThrottle;
import org.edhub.core.program.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The default profile's own SFTP server: an account per configured district on localhost, with its drop folders
 * made, and its host key written to the known_hosts file the districts are configured with.
 */
@Configuration
@ConditionalOnProperty(name = "edhub.embedded-sftp.enabled", havingValue = "true")
public class EmbeddedSftpConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSftpConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedSftpServer embeddedSftpServer(HubProperties properties, Districts districts, SignInThrottle throttle) {
        List<District> local = districts.all().stream().filter(d -> isLocal(d, properties)).toList();
        Set<String> years = new LinkedHashSet<>(properties.embeddedSftp().preparedYears());
        years.add(currentSchoolYear().toString());
        local.forEach(d -> prepareFolders(properties.sftpRoot().resolve(d.id()), d, years));
        EmbeddedSftpServer server = EmbeddedSftpServer.start(properties.sftpRoot(), properties.embeddedSftp().port(),
                local.stream().map(d -> new EmbeddedSftpServer.Account(d.sftp().user(), d.sftp().password(), d.id())).toList(),
                throttle);
        local.stream().map(d -> d.sftp().knownHosts()).distinct().forEach(k -> server.writeKnownHosts(Path.of(k)));
        return server;
    }

    @Bean
    public Greeting embeddedSftpGreeting(EmbeddedSftpServer server, HubProperties properties, Districts districts,
                                         org.springframework.core.env.Environment environment) {
        return new Greeting(server, properties, districts, environment);
    }

    /**
     * Tells a newcomer how to drop a file with OpenSSH's sftp client, once the hub is ready; it names where each
     * district's password is configured, never the password (README.md gives the sample districts').
     */
    public record Greeting(EmbeddedSftpServer server, HubProperties properties, Districts districts,
                           org.springframework.core.env.Environment environment) {
        @EventListener(ApplicationReadyEvent.class)
        public void greet() {
            StringBuilder b = new StringBuilder("\n\nedhub is running with its own SFTP server on localhost:" + server.port() + "\n");
            List<District> all = districts.all();
            for (int i = 0; i < all.size(); i++) {
                District d = all.get(i);
                if (!isLocal(d, properties)) continue;
                b.append("\n  ").append(d.label()).append(", ").append(d.state()).append(", feeds ").append(d.feeds()).append('\n')
                        .append("    sftp -P ").append(server.port()).append(" -o UserKnownHostsFile=").append(d.sftp().knownHosts())
                        .append(' ').append(d.sftp().user()).append("@localhost   (password: edhub.districts[").append(i)
                        .append("].sftp.password)\n")
                        .append("    outputs appear in ").append(server.root().resolve(d.id()).resolve("outbound")).append('\n');
            }
            b.append("\n  Then e.g.  put samples/tx/tx-certifications/*.csv inbound/tx-certifications/2018-2019/\n")
                    .append("  Dashboard: http://localhost:").append(environment.getProperty("local.server.port", "8080"))
                    .append("/  (users in edhub.users, see README.md)\n")
                    .append("  Mail is written to ").append(properties.mail().hasServer() ? "the SMTP server "
                            + properties.mail().smtpHost() : properties.dataDir().resolve("mail").toAbsolutePath() + " as .eml files").append("\n");
            LOG.info(b.toString());
        }
    }

    private static boolean isLocal(District d, HubProperties properties) {
        return ("localhost".equals(d.sftp().host()) || "127.0.0.1".equals(d.sftp().host()))
                && d.sftp().port() == properties.embeddedSftp().port();
    }

    static SchoolYear currentSchoolYear() {
        return SchoolYear.containing(LocalDate.now());
    }

    private static void prepareFolders(Path home, District district, Set<String> years) {
        try {
            for (String feed : district.feeds()) {
                for (String year : years) Files.createDirectories(home.resolve("inbound").resolve(feed).resolve(year));
            }
            Files.createDirectories(home.resolve("outbound"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the drop folders of district " + district.id(), e);
        }
    }
}
