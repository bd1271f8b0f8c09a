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
    /**
     * The fields read of each kind of record and the values of the record being read, by record element name: this
     * stream's own copies of the field trees, which learn the name objects of this stream's parser
     * ({@link TsdsFields#child}).
     */
    private final Map<String, Kind> kinds = new HashMap<>();

    private record Kind(TsdsFields tree, TsdsFields.Values values) {
        static Kind of(String record) {
            TsdsFields tree = TsdsRecordBuilder.FIELDS.get(record).copy();
            return new Kind(tree, tree.values());
        }
    }
    /** The wanted-field nodes of the open elements inside the record; null where nothing below is read. */
    private TsdsFields[] open = new TsdsFields[64];
    /** The text of the current element when it came in one piece (as it nearly always does), else null. */
    private String piece;
    /** The text of the current element when it came in more than one piece. */
    private final StringBuilder pieces = new StringBuilder();
    private boolean inPieces;

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
        Kind kind = kinds.computeIfAbsent(record, Kind::of);
        TsdsFields.Values fields = kind.values();
        fields.clear();
        int depth = 0;
        open[0] = kind.tree();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    TsdsFields parent = open[depth];
                    if (++depth == open.length) open = Arrays.copyOf(open, depth * 2);
                    open[depth] = parent == null ? null : parent.child(xml.getLocalName());
                    noText();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    TsdsFields node = open[depth];
                    if (node != null && node.slot() >= 0) addText();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        builder.build(record, line, fields);
                        return;
                    }
                    int slot = open[depth] == null ? -1 : open[depth].slot();
                    if (slot >= 0 && !fields.has(slot)) {
                        String value = inPieces ? stripped(pieces) : piece == null ? null : piece.strip();
                        if (value != null && !value.isEmpty()) fields.set(slot, value);
                    }
                    noText();
                    depth--;
                }
                default -> refuseDoctypeAndEntities(event);
            }
        }
    }

    private void noText() {
        piece = null;
        inPieces = false;
    }

    /** The text of the current event, the first {@link TsdsReader#MAX_TEXT} characters of the element's text kept. */
    private void addText() {
        if (piece == null && !inPieces) {
            piece = new String(xml.getTextCharacters(), xml.getTextStart(), Math.min(xml.getTextLength(), TsdsReader.MAX_TEXT));
            return;
        }
        if (!inPieces) {
            pieces.setLength(0);
            pieces.append(piece);
            inPieces = true;
            piece = null;
        }
        if (pieces.length() < TsdsReader.MAX_TEXT) {
            pieces.append(xml.getTextCharacters(), xml.getTextStart(),
                    Math.min(xml.getTextLength(), TsdsReader.MAX_TEXT - pieces.length()));
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
