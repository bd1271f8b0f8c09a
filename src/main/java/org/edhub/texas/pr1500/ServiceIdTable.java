package org.edhub.texas.pr1500;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rule 4's table ({@code mappings/tx/service-ids.csv}): a service ID, exact or a prefix pattern ({@code 0310*}, or a
 * C022 code ending in {@code XXX}), to an assignment and a level. An exact code wins over a pattern, a longer
 * pattern over a shorter one.
 */
public final class ServiceIdTable {
    /** One row of the table. */
    public record Mapping(String pattern, Assignment assignment, ServiceLevel level) {
    }

    private final Map<String, Mapping> exact = new HashMap<>();
    private final TreeMap<String, Mapping> prefixes = new TreeMap<>();

    public static ServiceIdTable read(InputStream in, String name) {
        ServiceIdTable table = new ServiceIdTable();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(reader)) {
                Assignment assignment = Assignment.ofLabel(r.get("assignment"));
                String levelText = r.get("level").toUpperCase(Locale.ROOT);
                if (assignment == null || !levelText.matches("ELEM|SEC|BOTH")) {
                    throw new IllegalStateException(name + " line " + r.getParser().getCurrentLineNumber()
                            + ": unknown assignment '" + r.get("assignment") + "' or level '" + r.get("level") + "'");
                }
                table.add(r.get("service_id"), assignment, ServiceLevel.valueOf(levelText));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return table;
    }

    public ServiceIdTable add(String pattern, Assignment assignment, ServiceLevel level) {
        String p = pattern.strip().toUpperCase(Locale.ROOT);
        Mapping m = new Mapping(p, assignment, level);
        if (p.endsWith("*")) prefixes.put(p.substring(0, p.length() - 1), m);
        else if (p.length() == 8 && p.endsWith("XXX")) prefixes.put(p.substring(0, 5), m);
        else exact.put(p, m);
        return this;
    }

    /** The mapping of a service ID, or null when no row covers it. */
    public Mapping lookup(String serviceId) {
        if (serviceId == null) return null;
        String id = serviceId.toUpperCase(Locale.ROOT);
        Mapping m = exact.get(id);
        if (m != null) return m;
        for (int len = id.length(); len > 0; len--) {
            m = prefixes.get(id.substring(0, len));
            if (m != null) return m;
        }
        return null;
    }

    public int size() {
        return exact.size() + prefixes.size();
    }
}
