package org.edhub.texas.tsds;

import org.edhub.texas.pr1500.TsdsRecords;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.codehaus.stax2.XMLStreamReader2;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.program.InputFile;

/**
 * Streams the StaffExtension (30040), StaffResponsibilitiesExtension (30090) and StudentSchoolAssociationExtension
 * (40110) records of a PEIMS Fall TSDS interchange, whatever its root element, with StAX: one record in memory at a
 * time. DTDs and external entities are off; a file with a DOCTYPE, an entity reference, XML that is not well formed or
 * a root outside the TSDS namespace is rejected whole.
 *
 * <p>The parser is Aalto ({@code com.fasterxml:aalto-xml}) because interchanges run to 2 GB: it read the 2.1 GB
 * student enrollment interchange in 3.6 s where the JDK's parser took 7.5-8 s. Aalto decodes UTF-8, US-ASCII and
 * ISO-8859-1 itself; a file whose byte order mark or XML declaration says another encoding (UTF-16, windows-1252, ...),
 * or whose start Aalto cannot read at all (EBCDIC), is read by the JDK's parser, configured the same way. Unlike the
 * JDK's parser, Aalto sets no limits of its own: no cap on the length of a name (the JDK's: 1,000 characters) or on the
 * attributes of an element (10,000), and a text is handed over whole rather than in pieces. {@link MarkupLimit} stands in
 * for them, whichever parser reads the file: it stops a file at the first run of more than 64 KB without markup.
 */
public final class TsdsReader {
    public static final String NAMESPACE = "http://www.tea.state.tx.us/tsds";
    private static final XMLInputFactory AALTO = secure(new InputFactoryImpl());
    private static final XMLInputFactory JDK = secureFactory();
    /** The characters kept of a field's text; no TSDS field is longer. */
    static final int MAX_TEXT = 4096;
    private static final Set<Charset> AALTO_ENCODINGS = Set.of(UTF_8, US_ASCII, ISO_8859_1);

    private TsdsReader() {
    }

    /** The JDK's own StAX parser, configured as Aalto is and told to fetch nothing external. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = secure(XMLInputFactory.newDefaultFactory());
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static XMLInputFactory secure(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Reads the whole file, handing each record to {@code sink}; returns how many records it handed over. */
    public static long read(InputFile file, TsdsRecords sink, IssueSink issues) {
        TsdsRecordBuilder builder = new TsdsRecordBuilder(file.name(), sink, issues);
        XMLStreamReader xml = null;
        try (InputStream in = new MarkupLimit(new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16))) {
            xml = (aaltoReads(file) ? AALTO : JDK).createXMLStreamReader(in);
            return new RecordStream(file, xml, builder).readAll();
        } catch (XMLStreamException e) {
            throw notWellFormed(file, e);
        } catch (UncheckedStreamException e) { // Aalto parses a text only when asked for it, and then throws its errors unchecked
            throw notWellFormed(file, (XMLStreamException) e.getCause());
        } catch (MarkupLimit.Exceeded e) {
            throw tooLong(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        } finally {
            close(xml);
        }
    }

    /** Whether Aalto decodes the file itself; it takes the encoding from the byte order mark and the XML declaration. */
    static boolean aaltoReads(InputFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            XMLStreamReader xml = AALTO.createXMLStreamReader(in);
            String encoding = xml.getEncoding();
            xml.close();
            return Charset.isSupported(encoding) && AALTO_ENCODINGS.contains(Charset.forName(encoding));
        } catch (XMLStreamException | IllegalArgumentException e) {
            return false; // an encoding Aalto cannot read or a broken XML declaration: the JDK's parser reads it or says why not
        }
    }

    static void checkNamespace(InputFile file, XMLStreamReader xml) throws XMLStreamException {
        String ns = xml.getNamespaceURI();
        if (!NAMESPACE.equals(ns)) {
            throw reject(TsdsRule.WRONG_NAMESPACE, file, line(xml), "The root element <" + xml.getLocalName() + "> of "
                    + file.name() + " is in the namespace '" + (ns == null ? "" : ns) + "', not the TSDS namespace " + NAMESPACE);
        }
    }

    static InputRejected reject(TsdsRule rule, InputFile file, Long line, String message) {
        return new InputRejected(rule.issue(message).at(file.name(), line));
    }

    private static InputRejected reject(TsdsRule rule, InputFile file, Long line, String message, Throwable cause) {
        return new InputRejected(rule.issue(message).at(file.name(), line), cause);
    }

    private static InputRejected notWellFormed(InputFile file, XMLStreamException e) {
        MarkupLimit.Exceeded tooLong = MarkupLimit.in(e);
        if (tooLong != null) return tooLong(file, tooLong);
        Location at = e.getLocation();
        long line = at == null ? -1 : at.getLineNumber();
        return reject(TsdsRule.NOT_WELL_FORMED, file, line > 0 ? line : null, file.name()
                + " is not well-formed XML" + (line > 0 ? " at line " + line : "") + ": " + cleanMessage(e), e);
    }

    private static InputRejected tooLong(InputFile file, MarkupLimit.Exceeded e) {
        long line;
        try {
            line = MarkupLimit.lineAt(file.path(), e.start);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file.name(), unreadable);
        }
        return reject(TsdsRule.NOT_WELL_FORMED, file, line, file.name() + " has more than " + MarkupLimit.LIMIT
                + " bytes without markup (a name, the attributes of an element, an attribute value or a text) from line "
                + line + "; no TSDS field is that long, so the file is not read", e);
    }

    /** The line where the current event ends, as the JDK's parser reports it; Aalto's getLocation() is where it starts. */
    static long line(XMLStreamReader xml) throws XMLStreamException {
        Location at = xml instanceof XMLStreamReader2 aalto ? aalto.getLocationInfo().getEndLocation() : xml.getLocation();
        return at.getLineNumber();
    }

    /** The parser's explanation alone: without the JDK's "ParseError at [row,col]:... Message: " or Aalto's " at [row,col ...". */
    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int jdk = m.indexOf("Message: ");
        int aalto = m.indexOf(" at [row,col");
        if (jdk >= 0) m = m.substring(jdk + 9);
        else if (aalto >= 0) m = m.substring(0, aalto);
        return m.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) return;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream itself is closed by try-with-resources
        }
    }
}
