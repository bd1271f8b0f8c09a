package org.edhub.hub.log;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.MDC;

/**
 * The fields every log line of a piece of work carries (SLF4J's MDC, written as JSON fields by the structured logs,
 * docs/operations.md): the district, feed and file a picked-up file is, the run being carried out. Put for the time
 * of the work and put back as they were after, so lines of other work on the same thread never carry stale values:
 * <pre>
 * try (LogFields fields = LogFields.of(LogFields.DISTRICT, id, LogFields.FILE, path)) { ... }
 * </pre>
 */
public final class LogFields implements AutoCloseable {
    /** The district's id, e.g. {@code 099902}. */
    public static final String DISTRICT = "edhub.district";
    /** The feed folder a file was dropped into, e.g. {@code tx-peims}. */
    public static final String FEED = "edhub.feed";
    /** The dropped file, as its path under the district's {@code inbound/}: {@code tx-peims/2018-2019/staff.xml}. */
    public static final String FILE = "edhub.file";
    /** The id of the run being carried out (its page is {@code /runs/<id>}). */
    public static final String RUN = "edhub.run";

    private final Map<String, String> before = new LinkedHashMap<>();

    private LogFields() {
    }

    /** Puts the fields, given as name and value pairs; a null value leaves its field out. */
    public static LogFields of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values in pairs");
        LogFields fields = new LogFields();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            if (!fields.before.containsKey(name)) fields.before.put(name, MDC.get(name));
            if (namesAndValues[i + 1] == null) MDC.remove(name);
            else MDC.put(name, namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Puts the fields back as they were before {@link #of}. */
    @Override
    public void close() {
        before.forEach((name, value) -> {
            if (value == null) MDC.remove(name);
            else MDC.put(name, value);
        });
    }
}
