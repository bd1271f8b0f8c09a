package org.edhub.hub.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;

/** A log line, its arguments and an exception's text: an SSN in them is written masked, a campus ID as it is. */
class MaskedLogTest {
    @Test
    void everyLineAnAppenderWritesIsMasked() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n%ex");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        Logger log = context.getLogger("test");
        log.addAppender(appender);

        MaskedLog.mask(context);
        MaskedLog.mask(context);
        log.info("row {} of campus 099902101: {}", 3, "123-45-6789");
        log.warn("cannot read", new IllegalStateException("value 123 45 6789 or 123456789.0"));

        String text = written.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("row 3 of campus 099902101: ***-**-6789", "value ***-**-6789 or ***-**-6789")
                .doesNotContain("45-6789", "45 6789", "123456789");
        assertThat(appender.getEncoder()).isInstanceOf(MaskingEncoder.class);
    }
}
