package org.edhub.core.table;

import java.util.Locale;
import java.util.Map;

/** One row of an output table, its cells looked up by header whatever the case or spacing of the header. */
public record Row(Map<String, String> cells) {

    public String get(String header) {
        String v = cells.get(key(header));
        return v == null ? "" : v;
    }

    public boolean has(String header) {
        return cells.containsKey(key(header));
    }

    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
