package org.edhub.district;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's configuration ({@code edhub.*} in application.yaml, each value overridable from the environment, e.g.
 * {@code EDHUB_DISTRICTS_0_SFTP_PASSWORD}).
 *
 * @param dataDir      where the hub keeps its database, the copies of accepted inputs, run outputs and unsent mail
 * @param mappingsDir  the editable code tables and layouts
 * @param settlePeriod how long a dropped file's size and time must stay unchanged before it is read
 * @param pollDelay    how often each district's drop folders are polled
 */
@ConfigurationProperties("edhub")
public record HubProperties(@DefaultValue("./data") Path dataDir,
                            @DefaultValue("./mappings") Path mappingsDir,
                            @DefaultValue("10s") Duration settlePeriod,
                            @DefaultValue("5s") Duration pollDelay,
                            @DefaultValue Mail mail,
                            @DefaultValue EmbeddedSftp embeddedSftp,
                            @DefaultValue List<District> districts) {

    /**
     * @param smtpHost   blank: no mail server, mail is written as .eml files under {@code <dataDir>/mail}
     * @param retryDelay how often unsent mail is retried
     */
    public record Mail(@DefaultValue("edhub@localhost") String from,
                       String smtpHost,
                       @DefaultValue("25") int smtpPort,
                       String smtpUser,
                       String smtpPassword,
                       @DefaultValue("false") boolean startTls,
                       @DefaultValue("30s") Duration retryDelay) {

        public boolean hasServer() {
            return smtpHost != null && !smtpHost.isBlank();
        }
    }

    /**
     * The SFTP server the hub starts itself, for trying it out and for tests: a folder per configured district
     * under {@code root}, each district logging in with its configured user and password, its drop folders made for
     * the current school year and the {@code preparedYears}.
     */
    public record EmbeddedSftp(@DefaultValue("false") boolean enabled,
                               @DefaultValue("2222") int port,
                               Path root,
                               @DefaultValue List<String> preparedYears) {
    }

    public Path sftpRoot() {
        return embeddedSftp.root() != null ? embeddedSftp.root() : dataDir.resolve("sftp");
    }
}
