package org.edhub.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.program.InputFile;

/**
 * Opens a district's text file the way hub.md asks: UTF-8 (a byte-order mark is dropped) or, failing that,
 * Windows-1252; anything else, such as a binary file, is rejected whole, as is a line far longer than a row
 * ({@link LineLimit}).
 */
public final class TextFile {
    public static final String NOT_TEXT = TextRule.NOT_TEXT.code();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFile() {
    }

    public static Reader open(InputFile file) {
        Charset charset = detect(file);
        try {
            InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file.path()));
            if (charset == StandardCharsets.UTF_8) skipBom(in);
            return new LineLimit(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), file.name(), LineLimit.maxChars());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    private static Charset detect(InputFile file) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean utf8Valid = true;
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] buffer = new byte[1 << 16];
            java.nio.ByteBuffer pending = java.nio.ByteBuffer.allocate(1 << 17);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 17);
            long offset = 0;
            int n;
            boolean ascii = true;
            while ((n = in.read(buffer)) > 0) {
                int firstNonAscii = n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b > 0) continue;
                    if (b == 0) throw notText(file, "it holds binary data (a NUL byte at offset " + (offset + i) + ")");
                    if (firstNonAscii == n) firstNonAscii = i;
                }
                offset += n;
                int from = 0;
                if (ascii) { // ASCII is valid UTF-8 as it is: the decoder checks from the first other byte on
                    if (firstNonAscii == n) continue;
                    ascii = false;
                    from = firstNonAscii;
                }
                if (utf8Valid) {
                    pending.put(buffer, from, n - from).flip();
                    utf8Valid = !utf8.decode(pending, chars, false).isError();
                    pending.compact();
                    chars.clear();
                }
            }
            if (utf8Valid) {
                pending.flip();
                utf8Valid = !utf8.decode(pending, chars, true).isError() && !pending.hasRemaining();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
        return utf8Valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private static InputRejected notText(InputFile file, String why) {
        return new InputRejected(TextRule.NOT_TEXT.issue(file.name() + " is not a text file: " + why).at(file.name(), null));
    }
}
