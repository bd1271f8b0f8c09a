package org.edhub.hub.log;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.edhub.core.privacy.Ssn;

/** An appender's encoder whose every line is masked as text before it is written. */
final class MaskingEncoder extends EncoderBase<ILoggingEvent> {
    private final Encoder<ILoggingEvent> lines;
    private final Charset charset;

    MaskingEncoder(Encoder<ILoggingEvent> lines) {
        this.lines = lines;
        Charset own = lines instanceof LayoutWrappingEncoder<ILoggingEvent> layout ? layout.getCharset() : null;
        this.charset = own == null ? StandardCharsets.UTF_8 : own;
    }

    @Override
    public byte[] headerBytes() {
        return lines.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = lines.encode(event);
        if (line == null) return null;
        String text = new String(line, charset);
        String masked = Ssn.mask(null, text);
        return masked.equals(text) ? line : masked.getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return lines.footerBytes();
    }
}
