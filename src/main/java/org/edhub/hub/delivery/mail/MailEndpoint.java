package org.edhub.hub.delivery.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.edhub.hub.district.HubProperties;
import org.springframework.stereotype.Component;

/**
 * Where the {@code mail-outbox} route sends mail: the configured SMTP server, or, with none configured, {@code .eml}
 * files under {@code <data>/mail} so nothing is lost.
 */
@Component("mailEndpoint")
public class MailEndpoint {
    private final HubProperties.Mail mail;
    private final String emlFolder;

    public MailEndpoint(HubProperties properties) {
        this.mail = properties.mail();
        this.emlFolder = properties.dataDir().resolve("mail").toAbsolutePath().toString();
    }

    public boolean hasServer() {
        return mail.hasServer();
    }

    public String uri() {
        if (!mail.hasServer()) {
            return "file:" + emlFolder + "?fileName=mail-${exchangeProperty.mailId}.eml&chmod=600&chmodDirectory=700";
        }
        StringBuilder uri = new StringBuilder("smtp://").append(mail.smtpHost()).append(':').append(mail.smtpPort())
                .append("?connectionTimeout=").append(mail.timeout().toMillis());
        if (mail.smtpUser() != null && !mail.smtpUser().isBlank()) {
            uri.append("&username=").append(URLEncoder.encode(mail.smtpUser(), StandardCharsets.UTF_8))
                    .append("&password=RAW(").append(mail.smtpPassword()).append(')');
        }
        if (mail.startTls()) uri.append("&mail.smtp.starttls.enable=true&mail.smtp.starttls.required=true");
        return uri.toString();
    }
}
