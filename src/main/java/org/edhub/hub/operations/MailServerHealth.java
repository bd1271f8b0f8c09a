package org.edhub.hub.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.edhub.hub.district.HubProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The mail server in the hub's health: UP when it greets with 220 within 5 s, DOWN otherwise; with no server
 * configured, UP, the mails being written as .eml files.
 */
@Component("mailServer")
public class MailServerHealth implements HealthIndicator {
    private final HubProperties.Mail mail;

    public MailServerHealth(HubProperties properties) {
        this.mail = properties.mail();
    }

    @Override
    public Health health() {
        if (!mail.hasServer()) return Health.up().withDetail("mail", "no SMTP server: written as .eml files").build();
        String server = mail.smtpHost() + ":" + mail.smtpPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(mail.smtpHost(), mail.smtpPort()), 5000);
            socket.setSoTimeout(5000);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return greeting != null && greeting.startsWith("220") ? Health.up().withDetail("server", server).build()
                    : Health.down().withDetail("server", server).withDetail("greeting", String.valueOf(greeting)).build();
        } catch (IOException e) {
            return Health.down().withDetail("server", server).withDetail("error", e.getMessage()).build();
        }
    }
}
