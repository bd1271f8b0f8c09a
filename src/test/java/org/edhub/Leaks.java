package org.edhub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where any of a list of texts occurs in what the hub left behind: every byte of a folder's files (zip archives such
 * as {@code .xlsx} opened, entry by entry), mails (each part decoded, the raw message too), every value of every table
 * of a database (blobs opened as mails), and plain text (logs, pages). Each hit is named by where it was found.
 */
public final class Leaks {
    private final List<String> texts;
    private final List<String> found = new ArrayList<>();
    private final List<String> looked = new ArrayList<>();

    public Leaks(Collection<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** The hits, one line each: where, and which text. */
    public List<String> found() {
        return found;
    }

    /** What was looked into, one line each. */
    public List<String> looked() {
        return looked;
    }

    /** Every file under {@code root} but those {@code exempt} names. */
    public Leaks inFolder(Path root, Predicate<Path> exempt) {
        if (!Files.exists(root)) return this;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!exempt.test(f)) inBytes(f.toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Raw bytes, and when they are a zip archive each entry; when they are a mail, each decoded part. */
    public Leaks inBytes(String where, byte[] bytes) {
        inText(where, new String(bytes, StandardCharsets.ISO_8859_1));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) inZip(where, bytes);
        else if (where.endsWith(".eml")) inMail(where, mail(bytes));
        return this;
    }

    public Leaks inText(String where, String text) {
        looked.add(where);
        for (String t : texts) {
            if (text.contains(t)) found.add(where + ": " + t);
        }
        return this;
    }

    /** A mail: its raw form and each part decoded (body text, attachments). */
    public Leaks inMail(String where, MimeMessage mail) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            mail.writeTo(raw);
            inText(where + " (raw)", raw.toString(StandardCharsets.ISO_8859_1));
            inText(where + " (subject)", String.valueOf(mail.getSubject()));
            inPart(where, mail);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read the mail " + where, e);
        }
        return this;
    }

    /** Every value of every table of the database's PUBLIC schema; a blob that is a mail is opened as one. */
    public Leaks inDatabase(JdbcTemplate db) {
        for (String table : db.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'",
                String.class)) {
            for (Map<String, Object> row : db.queryForList("select * from \"" + table + "\"")) {
                row.forEach((column, value) -> inValue(table + "." + column, value));
            }
        }
        return this;
    }

    private void inValue(String where, Object value) {
        try {
            if (value == null) return;
            if (value instanceof byte[] b) inBlob(where, b);
            else if (value instanceof Blob b) inBlob(where, b.getBytes(1, (int) b.length()));
            else if (value instanceof Clob c) inText(where, c.getSubString(1, (int) c.length()));
            else inText(where, value.toString());
        } catch (SQLException e) {
            throw new IllegalStateException(where, e);
        }
    }

    private void inBlob(String where, byte[] bytes) {
        inBytes(where, bytes);
        if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("MIME-Version")) {
            inMail(where + " (as a mail)", mail(bytes));
        }
    }

    private void inPart(String where, Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart p = multi.getBodyPart(i);
                inPart(where + " part " + (p.getFileName() == null ? i : p.getFileName()), p);
            }
        } else if (content instanceof String s) {
            inText(where, s);
        } else if (content instanceof InputStream in) {
            inBytes(where, in.readAllBytes());
        } else {
            try (InputStream in = part.getInputStream()) {
                inBytes(where, in.readAllBytes());
            }
        }
    }

    private void inZip(String where, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) inBytes(where + "!" + e.getName(), zip.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + where + " as a zip archive", e);
        }
    }

    private static MimeMessage mail(byte[] bytes) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
