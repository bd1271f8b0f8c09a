package org.edhub.texas.tsds;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.edhub.core.program.InputFile;

/**
 * The events of one interchange, read a record at a time: {@link #readAll} finds each record element and
 * {@link #record} reads its events up to its end tag, keeping the text of the fields its builder reads. A record is
 * read by a method called once per record, so the JIT compiles the per-record work as an ordinary method rather than
 * one large loop replaced while it runs.
 */
final class RecordStream {
    private final InputFile file;
    private final XMLStreamReader xml;
    private final TsdsRecordBuilder builder;
    /** The values of each kind of record, by record element name. */
    private final Map<String, TsdsFields.Values> values = new HashMap<>();
    /** The wanted-field nodes of the open elements inside the record; null where nothing below is read. */
    private TsdsFields[] open = new TsdsFields[64];
    private final StringBuilder text = new StringBuilder();

    RecordStream(InputFile file, XMLStreamReader xml, TsdsRecordBuilder builder) {
        this.file = file;
        this.xml = xml;
        this.builder = builder;
    }

    /** Reads the whole file; returns how many records it handed to the builder. */
    long readAll() throws XMLStreamException {
        boolean rootSeen = false;
        long records = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!rootSeen) {
                    rootSeen = true;
                    TsdsReader.checkNamespace(file, xml);
                }
                String name = xml.getLocalName();
                if (TsdsRecordBuilder.isRecord(name) && TsdsReader.NAMESPACE.equals(xml.getNamespaceURI())) {
                    record(name);
                    records++;
                }
            } else {
                refuseDoctypeAndEntities(event);
            }
        }
        return records;
    }

    /** Reads one record from its start tag (the current event) to its end tag and hands it to the builder. */
    private void record(String record) throws XMLStreamException {
        long line = TsdsReader.line(xml);
        TsdsFields.Values fields = values.computeIfAbsent(record, r -> TsdsRecordBuilder.FIELDS.get(r).values());
        fields.clear();
        int depth = 0;
        open[0] = TsdsRecordBuilder.FIELDS.get(record);
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    TsdsFields parent = open[depth];
                    if (++depth == open.length) open = Arrays.copyOf(open, depth * 2);
                    open[depth] = parent == null ? null : parent.child(xml.getLocalName());
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    TsdsFields node = open[depth];
                    if (node != null && node.slot() >= 0 && text.length() < TsdsReader.MAX_TEXT) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(),
                                Math.min(xml.getTextLength(), TsdsReader.MAX_TEXT - text.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        builder.build(record, line, fields);
                        return;
                    }
                    int slot = open[depth] == null ? -1 : open[depth].slot();
                    if (slot >= 0 && !fields.has(slot)) {
                        String value = stripped(text);
                        if (value != null) fields.set(slot, value);
                    }
                    text.setLength(0);
                    depth--;
                }
                default -> refuseDoctypeAndEntities(event);
            }
        }
    }

    /** The text without the white space at either end (as {@link String#strip}), or null when nothing else is left. */
    private static String stripped(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start == end ? null : text.substring(start, end);
    }

    private void refuseDoctypeAndEntities(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD) {
            throw TsdsReader.reject(TsdsRule.DOCTYPE, file, TsdsReader.line(xml), file.name()
                    + " has a DOCTYPE declaration at line " + TsdsReader.line(xml) + "; DTDs and entities are not read");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw TsdsReader.reject(TsdsRule.DOCTYPE, file, TsdsReader.line(xml), file.name() + " refers to the entity '"
                    + xml.getLocalName() + "' at line " + TsdsReader.line(xml) + "; entities are not read");
        }
    }
}
