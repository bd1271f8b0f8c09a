package org.edhub.hub.delivery.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A mail ready to queue: recipients and subject for the outbox's listing, and the full RFC 822 message. */
public record ComposedMail(List<String> recipients, String subject, byte[] mime) {

    /** A message from {@code from} to every recipient, with its subject; the caller sets its content. */
    static MimeMessage addressed(String from, List<String> recipients, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        for (String to : recipients) message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    /** The message, written out for the outbox. */
    static ComposedMail of(List<String> recipients, String subject, MimeMessage message) throws MessagingException {
        try {
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return new ComposedMail(recipients, subject, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text mail. */
    public static ComposedMail text(String from, List<String> recipients, String subject, String body) {
        try {
            MimeMessage message = addressed(from, recipients, subject);
            message.setText(body, "UTF-8");
            return of(recipients, subject, message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the mail '" + subject + "'", e);
        }
    }
}
