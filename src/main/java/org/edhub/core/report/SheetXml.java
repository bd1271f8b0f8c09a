package org.edhub.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes SpreadsheetML text as UTF-8 bytes into a buffer of its own, escaping as it goes: the hot loop of a
 * drill-down sheet of half a million rows, so no {@code Writer}, encoder or intermediate string per cell. Characters XML
 * 1.0 does not allow (control characters other than tab, line feed and carriage return; unpaired surrogates) are
 * left out. A full buffer goes to the zip, deflated on its own thread, and the next one is taken.
 */
final class SheetXml {
    private final BackgroundZip out;
    private byte[] buffer;
    private int size;

    SheetXml(BackgroundZip out) throws IOException {
        this.out = out;
        this.buffer = out.buffer();
    }

    /** Markup or text known to need no escaping (ASCII). */
    SheetXml raw(String ascii) throws IOException {
        for (int i = 0; i < ascii.length(); i++) put((byte) ascii.charAt(i));
        return this;
    }

    /** Markup already encoded ({@link #ascii(String)}), copied as it is. */
    SheetXml raw(byte[] markup) throws IOException {
        if (buffer.length - size < markup.length) flush();
        if (markup.length > buffer.length) {
            for (byte b : markup) put(b);
        } else {
            System.arraycopy(markup, 0, buffer, size, markup.length);
            size += markup.length;
        }
        return this;
    }

    /** The bytes of markup that is written again and again. */
    static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.US_ASCII);
    }

    /** Text as element content or attribute value: {@code & < > "} escaped, encoded as UTF-8. */
    SheetXml text(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ascii(c);
            } else if (c < 0x800) {
                put((byte) (0xC0 | c >> 6));
                put((byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put((byte) (0xF0 | cp >> 18));
                put((byte) (0x80 | cp >> 12 & 0x3F));
                put((byte) (0x80 | cp >> 6 & 0x3F));
                put((byte) (0x80 | cp & 0x3F));
            } else if (!Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                put((byte) (0xE0 | c >> 12));
                put((byte) (0x80 | c >> 6 & 0x3F));
                put((byte) (0x80 | c & 0x3F));
            }
        }
        return this;
    }

    private void ascii(char c) throws IOException {
        switch (c) {
            case '&' -> raw("&amp;");
            case '<' -> raw("&lt;");
            case '>' -> raw("&gt;");
            case '"' -> raw("&quot;");
            default -> put((byte) c);
        }
    }

    private void put(byte b) throws IOException {
        if (size == buffer.length) flush();
        buffer[size++] = b;
    }

    /** Hands what is buffered to the zip. */
    void flush() throws IOException {
        out.write(buffer, size);
        buffer = out.buffer();
        size = 0;
    }
}
