package org.edhub.hub.operations;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is alerted of what goes wrong in the hub, and when ({@code edhub.operator.*}, docs/operations.md).
 *
 * @param alertTo              the operator's addresses: a run failed on an internal error, a district mail or an
 *                             outbound delivery given up, a district's SFTP server unreachable; none: alerts go nowhere (the hub says so at start,
 *                             in its health and metrics, and tells districts so instead of "the operator has been alerted")
 * @param sftpUnreachableAfter how long a district's SFTP server may be unreachable before the operator is alerted
 * @param dashboardUrl         the dashboard's address as the operator reaches it, for the run page's link in an alert
 *                             (blank: the alert names the page's path)
 */
@ConfigurationProperties("edhub.operator")
public record OperatorSettings(@DefaultValue List<String> alertTo,
                               @DefaultValue("15m") Duration sftpUnreachableAfter,
                               String dashboardUrl) {

    /** Whether an alert goes anywhere. */
    public boolean alerts() {
        return !recipients().isEmpty();
    }

    /** The configured addresses, blanks left out (an environment variable set empty). */
    public List<String> recipients() {
        return alertTo.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    }

    /** A duration as an operator reads it: {@code 15 min}, {@code 3 s}. */
    static String text(Duration d) {
        return d.toSeconds() < 120 ? d.toSeconds() + " s" : d.toMinutes() + " min";
    }

    /** Where the operator finds a run: its page on the dashboard. */
    public String runPage(long runId) {
        String path = "/runs/" + runId;
        if (dashboardUrl == null || dashboardUrl.isBlank()) return "the dashboard's page " + path;
        return dashboardUrl.replaceAll("/+$", "") + path;
    }
}
