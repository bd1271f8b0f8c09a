package org.edhub.texas.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of the Texas benchmark: {@code TxFloor DIR [jdk|aalto]} only reads what PR1500 reads, every PEIMS
 * interchange with a StAX parser, the JDK's (the default) or Aalto, the hub's (namespace aware, DTDs off, every text
 * node taken), and the ECOS file with commons-csv (every field taken), and prints the number of records: no counting
 * rule, no output.
 */
public final class TxFloor {
    private static final Set<String> RECORDS = Set.of("StaffExtension", "StaffResponsibilitiesExtension",
            "StudentSchoolAssociationExtension");

    private TxFloor() {
    }

    public static void main(String[] args) throws IOException, XMLStreamException {
        Path in = Path.of(args[0]);
        long records = 0;
        long chars = 0;
        String parser = args.length > 1 ? args[1] : "jdk";
        XMLInputFactory factory = switch (parser) {
            case "jdk" -> XMLInputFactory.newDefaultFactory();
            case "aalto" -> new InputFactoryImpl();
            default -> throw new IllegalArgumentException("The parser is jdk or aalto, not " + parser);
        };
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        for (Path xml : files(in.resolve("tx-peims"))) {
            try (InputStream stream = new BufferedInputStream(Files.newInputStream(xml), 1 << 16)) {
                XMLStreamReader reader = factory.createXMLStreamReader(stream);
                while (reader.hasNext()) {
                    int event = reader.next();
                    boolean text = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA; // the JDK's CDATA is CHARACTERS
                    if (event == XMLStreamConstants.START_ELEMENT && RECORDS.contains(reader.getLocalName())) records++;
                    else if (text) chars += reader.getText().length();
                }
                reader.close();
            }
        }
        for (Path csv : files(in.resolve("tx-certifications"))) {
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.parse(reader)) {
                    records++;
                    for (String field : row) chars += field.length();
                }
            }
        }
        System.out.println("rows " + records + " chars " + chars);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
