package org.edhub.hub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that is slow or refuses, as a test needs it: it speaks just enough SMTP for JavaMail, and answers
 * the end of a message's data after {@code delay} with {@code dataReply} (e.g. {@code 250 OK} or
 * {@code 552 5.3.4 Message too large}), or refuses one recipient at once ({@code 550 5.1.1 ... mailbox unavailable}).
 * It counts the messages it accepted and the messages it was sent, and keeps those it accepted.
 */
public final class UnluckySmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Duration delay;
    private final String dataReply;
    private final String refusedRecipient;
    private final String recipientReply;
    public final AtomicInteger sent = new AtomicInteger();
    public final AtomicInteger accepted = new AtomicInteger();
    /** The messages accepted, as sent (headers and body). */
    public final List<String> messages = new CopyOnWriteArrayList<>();

    public UnluckySmtpServer(Duration delay, String dataReply) {
        this(delay, dataReply, null, null);
    }

    /** A server that answers {@code RCPT TO} of {@code refusedRecipient} with {@code recipientReply}, and takes the rest. */
    public static UnluckySmtpServer refusing(String refusedRecipient, String recipientReply) {
        return new UnluckySmtpServer(Duration.ZERO, "250 OK", refusedRecipient, recipientReply);
    }

    private UnluckySmtpServer(Duration delay, String dataReply, String refusedRecipient, String recipientReply) {
        this.delay = delay;
        this.dataReply = dataReply;
        this.refusedRecipient = refusedRecipient;
        this.recipientReply = recipientReply;
        try {
            this.socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(this::serve, "unlucky-smtp");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                talk(client);
            } catch (IOException | InterruptedException e) {
                // the client gave up, or the server closed
            }
        }
    }

    private void talk(Socket client) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 unlucky ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) say(out, "250 unlucky");
            else if (command.startsWith("RCPT") && refusedRecipient != null && line.contains(refusedRecipient)) {
                say(out, recipientReply);
            } else if (command.startsWith("MAIL") || command.startsWith("RCPT") || command.startsWith("RSET") || command.startsWith("NOOP")) {
                say(out, "250 OK");
            } else if (command.startsWith("DATA")) {
                say(out, "354 go ahead");
                StringBuilder message = new StringBuilder();
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    message.append(line.startsWith(".") ? line.substring(1) : line).append('\n');
                }
                sent.incrementAndGet();
                Thread.sleep(delay.toMillis());
                if (dataReply.startsWith("250")) {
                    accepted.incrementAndGet();
                    messages.add(message.toString());
                }
                say(out, dataReply);
            } else if (command.startsWith("QUIT")) {
                say(out, "221 bye");
                return;
            } else {
                say(out, "502 not here");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
