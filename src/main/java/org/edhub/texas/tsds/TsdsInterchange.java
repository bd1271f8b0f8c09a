package org.edhub.texas.tsds;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.edhub.core.program.InputFile;

/**
 * Which PEIMS Fall interchange a TSDS file is, told by its first record, whatever the file is called: PR1500 needs
 * both the staff and the student enrollment interchange before it counts.
 */
public enum TsdsInterchange {
    STAFF("the staff interchange (30040 StaffExtension and 30090 StaffResponsibilitiesExtension records)"),
    STUDENT_ENROLLMENT("the student enrollment interchange (40110 StudentSchoolAssociationExtension records)");

    private final String description;

    TsdsInterchange(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Reads up to the first record; empty for a file with none or one that cannot be read (its check says why). */
    public static Optional<TsdsInterchange> of(InputFile file) {
        XMLStreamReader xml = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
            xml = TsdsReader.secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) return Optional.empty();
                if (event == XMLStreamConstants.START_ELEMENT && TsdsReader.NAMESPACE.equals(xml.getNamespaceURI())) {
                    String name = xml.getLocalName();
                    if (name.equals(TsdsRecordBuilder.ENROLLMENT)) return Optional.of(STUDENT_ENROLLMENT);
                    if (name.equals(TsdsRecordBuilder.STAFF) || name.equals(TsdsRecordBuilder.RESPONSIBILITY)) return Optional.of(STAFF);
                }
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException e) {
            return Optional.empty();
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by try-with-resources
                }
            }
        }
    }
}
