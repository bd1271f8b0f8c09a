package org.edhub.hub.district;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * @param issues       how much of a flood of findings a run keeps
 * @param reminders    when a district that has not dropped a feed a deadline expects is reminded
 * @param stateOutbound per state ({@code KY}), where upload files for the state go besides the district's outbound
 *                      folder (the Kentucky EERP upload file)
 * @param tempDir      where runs put what they spill or unpack, each run in a folder of its own deleted when it ends
 *                     (blank: {@code <dataDir>/tmp}); the hub deletes what a stop left there when it starts
 * @param outbound     how a run's files that could not be put into their SFTP folder are tried again
 */
@ConfigurationProperties("edhub")
public record HubProperties(@DefaultValue("./data") Path dataDir,
                            @DefaultValue("./mappings") Path mappingsDir,
                            @DefaultValue("10s") Duration settlePeriod,
                            @DefaultValue("5s") Duration pollDelay,
                            @DefaultValue Mail mail,
                            @DefaultValue Reminders reminders,
                            @DefaultValue IssueCaps issues,
                            @DefaultValue EmbeddedSftp embeddedSftp,
                            @DefaultValue List<District> districts,
                            @DefaultValue Map<String, StateDestination> stateOutbound,
                            Path tempDir,
                            @DefaultValue Outbound outbound) {

    /**
     * A state's SFTP destination for upload files: each district's files go to {@code <folder>/<district id>/}.
     */
    public record StateDestination(District.Sftp sftp, @DefaultValue("inbound") String folder) {
    }

    /**
     * @param smtpHost   blank: no mail server, mail is written as .eml files under {@code <dataDir>/mail}
     * @param retryDelay how often unsent mail is retried; each further failure of one mail doubles its wait, up to an hour
     * @param timeout    how long the SMTP server may take to answer: longer than a slow server's answer, so a mail the
     *                   server accepted is not taken for failed and sent again
     * @param maxAttempts attempts before a mail is given up (FAILED, the operator told); a permanent refusal (5xx) is
     *                   given up at once
     * @param maxAttachment an issue report larger than this is not attached; the mail says where it is
     */
    public record Mail(@DefaultValue("edhub@localhost") String from,
                       String smtpHost,
                       @DefaultValue("25") int smtpPort,
                       String smtpUser,
                       String smtpPassword,
                       @DefaultValue("false") boolean startTls,
                       @DefaultValue("30s") Duration retryDelay,
                       @DefaultValue("120s") Duration timeout,
                       @DefaultValue("10") int maxAttempts,
                       @DefaultValue("10MB") org.springframework.util.unit.DataSize maxAttachment) {

        public boolean hasServer() {
            return smtpHost != null && !smtpHost.isBlank();
        }
    }

    /**
     * @param retryDelay  the wait after a failed delivery of a run's files, doubled with each further failure, and how
     *                    often the hub looks for deliveries due
     * @param longestWait the longest wait between two attempts
     * @param maxAttempts attempts before a delivery is given up (FAILED, the operator told; a replay delivers again)
     */
    public record Outbound(@DefaultValue("30s") Duration retryDelay,
                           @DefaultValue("1h") Duration longestWait,
                           @DefaultValue("10") int maxAttempts) {
    }

    /**
     * @param perRuleAndFile issues of one rule in one file listed before the rest are only counted
     * @param valueLength    characters of a value an issue shows
     */
    public record IssueCaps(@DefaultValue("500") int perRuleAndFile, @DefaultValue("200") int valueLength) {
        public org.edhub.core.issue.IssueLimits limits() {
            return new org.edhub.core.issue.IssueLimits(perRuleAndFile, valueLength);
        }
    }

    /**
     * @param daysBefore  how many days before a deadline a district missing a feed it expects gets its one reminder
     * @param checkEvery  how often the deadlines are checked
     * @param timeZone    the zone whose date "today" is (blank: the system's)
     */
    public record Reminders(@DefaultValue("7") int daysBefore,
                            @DefaultValue("1h") Duration checkEvery,
                            String timeZone) {

        public java.time.ZoneId zone() {
            return timeZone == null || timeZone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(timeZone);
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

    /** The state's upload destination, the state code matched in any case (environment variables are lower-cased). */
    public java.util.Optional<StateDestination> stateDestination(String state) {
        return stateOutbound.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(state)).map(Map.Entry::getValue).findFirst();
    }

    /** The runs' temporary folder: {@code edhub.temp-dir}, by default {@code <dataDir>/tmp}. */
    public Path temporaryDir() {
        return tempDir != null && !tempDir.toString().isBlank() ? tempDir : dataDir.resolve("tmp");
    }

    public Path sftpRoot() {
        return embeddedSftp.root() != null ? embeddedSftp.root() : dataDir.resolve("sftp");
    }
}
