package org.edhub.texas.pr1500;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each repeated value (campus, district, service and staff IDs, certificate codes) instead of one per
 * record read. Not thread-safe: one per reader. Stops remembering new values past a cap, so a file of unique values
 * costs no more than it would without it.
 */
public final class SharedStrings {
    private static final int CAP = 1 << 20;
    private final Map<String, String> seen = new HashMap<>();

    public String of(String value) {
        if (value == null) return null;
        String shared = seen.get(value);
        if (shared != null) return shared;
        if (seen.size() < CAP) seen.put(value, value);
        return value;
    }
}
