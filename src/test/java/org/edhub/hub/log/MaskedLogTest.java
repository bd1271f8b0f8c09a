package org.edhub.hub.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * A log line, its arguments and an exception's text: an SSN in them is written masked, a campus ID as it is; a JSON
 * line (the structured logs) the same, in its message, its fields and its stack trace, and it stays JSON.
 */
class MaskedLogTest {
    @Test
    void everyLineAnAppenderWritesIsMasked() {
        LoggerContext context = context();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n%ex");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = appender(context, encoder, written);
        Logger log = context.getLogger("test");

        MaskedLog.mask(context);
        MaskedLog.mask(context);
        log.info("row {} of campus 099902101: {}", 3, "123-45-6789");
        log.warn("cannot read", new IllegalStateException("value 123 45 6789 or 123456789.0"));

        String text = written.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("row 3 of campus 099902101: ***-**-6789", "value ***-**-6789 or ***-**-6789")
                .doesNotContain("45-6789", "45 6789", "123456789");
        assertThat(appender.getEncoder()).isInstanceOf(MaskingEncoder.class);
    }

    @Test
    void aJsonLineIsMaskedInItsMessageFieldsAndStackTraceAndStaysJson() {
        LoggerContext context = context();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = appender(context, encoder, written);
        Logger log = context.getLogger("test");

        MaskedLog.mask(context);
        context.getMDCAdapter().put(LogFields.FILE, "tx-certifications/2018-2019/ssn 123456789.csv");
        log.info("staff \"123-45-6789\" of campus 099902101, SSN: 987654321");
        log.warn("cannot read", new IllegalStateException("value 123 45 6789"));

        List<String> lines = written.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        Map<String, Object> first = JsonParserFactory.getJsonParser().parseMap(lines.get(0));
        assertThat(first.get("message")).isEqualTo("staff \"***-**-6789\" of campus 099902101, SSN: ***-**-4321");
        assertThat(first.get("edhub")).isEqualTo(Map.of("file", "tx-certifications/2018-2019/ssn ***-**-6789.csv"));
        Map<String, Object> second = JsonParserFactory.getJsonParser().parseMap(lines.get(1));
        assertThat(second.get("error").toString()).contains("value ***-**-6789").doesNotContain("45 6789");
    }

    /** A logging context of its own, with what Spring Boot's structured encoder reads from it. */
    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), new StandardEnvironment());
        context.start();
        return context;
    }

    /** An appender of the test logger, writing through the encoder into {@code written}. */
    private static OutputStreamAppender<ILoggingEvent> appender(LoggerContext context, ch.qos.logback.core.encoder.Encoder<ILoggingEvent> encoder,
                                                                ByteArrayOutputStream written) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        context.getLogger("test").addAppender(appender);
        return appender;
    }
}
