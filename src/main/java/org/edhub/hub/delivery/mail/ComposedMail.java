package org.edhub.hub.delivery.mail;

import java.util.List;

/** A mail ready to queue: recipients and subject for the outbox's listing, and the full RFC 822 message. */
public record ComposedMail(List<String> recipients, String subject, byte[] mime) {
}
