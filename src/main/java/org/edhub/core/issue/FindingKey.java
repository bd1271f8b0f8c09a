package org.edhub.core.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What makes a finding the same finding in the next run: its rule and the record it is about, never where that record
 * happened to sit in the file. A finding about a record the state identifies (a section, a case manager, an EPSB ID:
 * no row, a field and its value) is its rule, file and that identifier; a finding about a file row is its rule, file,
 * field, value and message with row and line numbers taken out (the message names the record, e.g. teacher and
 * campus); a finding about a whole file is its rule, file and message. The same key found twice in a run counts twice.
 */
public final class FindingKey {
    private static final Pattern ROW_NUMBER = Pattern.compile("(?i)\\b(row|line|record)\\s+\\d+");

    private FindingKey() {
    }

    public static String of(Issue i) {
        if (i.row() == null && i.field() != null && i.value() != null) return ofRecord(i.rule(), i.file(), i.field(), i.value());
        String base = i.rule() + "|" + (i.file() == null ? "" : i.file());
        String message = i.message() == null ? "" : ROW_NUMBER.matcher(i.message()).replaceAll("$1 #");
        if (i.row() == null) return base + "|" + message;
        return base + "|" + i.field() + "=" + i.value() + "|" + message;
    }

    /**
     * The key of a finding about a record the state identifies by {@code field} (no row): what a result table marks
     * its new rows by.
     */
    public static String ofRecord(String rule, String file, String field, String value) {
        return rule + record(file, field, value);
    }

    /** The record part of such a key, whatever the rule: a table whose rows do not carry the rule code matches on it. */
    public static String record(String file, String field, String value) {
        return "|" + (file == null ? "" : file) + "|" + field + "=" + value;
    }

    /** The record part of a key (rule codes hold no {@code |}). */
    public static String recordOf(String key) {
        return key.substring(key.indexOf('|'));
    }

    /** The keys of a run's findings in order, the second and later occurrence of a key numbered. */
    public static List<String> of(List<Issue> issues) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            String key = of(i);
            int n = seen.merge(key, 1, Integer::sum);
            keys.add(n == 1 ? key : key + "#" + n);
        }
        return keys;
    }
}
