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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that is slow or refuses, as a test needs it: it speaks just enough SMTP for JavaMail, and answers
 * the end of a message's data after {@code delay} with {@code dataReply} (e.g. {@code 250 OK} or
 * {@code 552 5.3.4 Message too large}). It counts the messages it accepted and the messages it was sent.
 */
public final class UnluckySmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Duration delay;
    private final String dataReply;
    public final AtomicInteger sent = new AtomicInteger();
    public final AtomicInteger accepted = new AtomicInteger();

    public UnluckySmtpServer(Duration delay, String dataReply) {
        this.delay = delay;
        this.dataReply = dataReply;
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
            else if (command.startsWith("MAIL") || command.startsWith("RCPT") || command.startsWith("RSET") || command.startsWith("NOOP")) {
                say(out, "250 OK");
            } else if (command.startsWith("DATA")) {
                say(out, "354 go ahead");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message
                }
                sent.incrementAndGet();
                Thread.sleep(delay.toMillis());
                if (dataReply.startsWith("250")) accepted.incrementAndGet();
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
