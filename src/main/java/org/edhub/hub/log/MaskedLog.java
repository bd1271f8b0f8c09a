package org.edhub.hub.log;

import java.util.Iterator;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Every line the hub logs is masked like every text it writes ({@link org.edhub.core.privacy.Ssn#mask}): once Spring
 * Boot has set up logging (the console, and the log file when {@code logging.file.name} is set), each appender that
 * writes lines gets its encoder wrapped in {@link MaskingEncoder}, so a message, an argument or an exception's text
 * with an SSN in it is written masked, whoever logged it. Registered in {@code META-INF/spring.factories}.
 */
public final class MaskedLog implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) mask(context);
    }

    /** Wraps the encoder of every line-writing appender of the context; appenders already masked are left as they are. */
    static void mask(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender
                        && !(appender.getEncoder() instanceof MaskingEncoder)) {
                    MaskingEncoder masking = new MaskingEncoder(appender.getEncoder());
                    masking.setContext(context);
                    masking.start();
                    appender.setEncoder(masking);
                }
            }
        }
    }
}
