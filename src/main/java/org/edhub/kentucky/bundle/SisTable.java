package org.edhub.kentucky.bundle;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.text.TextFile;
import org.edhub.core.program.InputFile;

/**
 * Reads one CSV file of a bundle by its header: column order free, header names case-insensitive, stray spaces and
 * a byte-order mark tolerated. A file without a header or without a required column is rejected whole, naming the
 * file and the column; a bad row is reported and the rest of the file is used.
 */
public final class SisTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

    private SisTable() {
    }

    public static <T> List<T> read(InputFile file, SisLayout<T> layout, IssueSink issues) {
        List<T> records = new ArrayList<>();
        try (Reader reader = TextFile.open(file); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) throw rejected(SisRule.UNREADABLE, file, file.name() + " is empty: it has no header row");
            CSVRecord header = rows.next();
            int width = header.size();
            Map<String, Integer> columns = header(file, header, layout);
            while (rows.hasNext()) {
                CSVRecord record = rows.next();
                if (record.size() < width || record.size() > width && !tailBlank(record, width)) {
                    issues.report(SisRule.COLUMN_COUNT.issue(file.name() + " row " + record.getRecordNumber() + " has "
                            + record.size() + " values; the header has " + width).at(file.name(), record.getRecordNumber()));
                    continue;
                }
                SisRow row = new SisRow(file.name(), record, columns, issues);
                T value = layout.mapping().apply(row);
                if (row.usable()) records.add(value);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputRejected(SisRule.UNREADABLE.issue(file.name() + " cannot be read as CSV: " + e.getMessage())
                    .at(file.name(), null), e);
        }
        return records;
    }

    /** The position of each header name, lower case; rejects the file when a required column is missing. */
    private static Map<String, Integer> header(InputFile file, CSVRecord header, SisLayout<?> layout) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            // interned, so that a row's look-up by the layout's column name (a literal) finds it without comparing text
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).intern();
            columns.putIfAbsent(name, i);
        }
        List<String> missing = layout.columns().stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw rejected(SisRule.MISSING_COLUMN, file, file.name() + " lacks the required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing), String.join(", ", missing));
        }
        return columns;
    }

    private static boolean tailBlank(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) if (!record.get(i).isBlank()) return false;
        return true;
    }

    private static InputRejected rejected(SisRule rule, InputFile file, String message) {
        return new InputRejected(rule.issue(message).at(file.name(), null));
    }

    private static InputRejected rejected(SisRule rule, InputFile file, String message, String column) {
        return new InputRejected(rule.issue(message).at(file.name(), null).field(column, null));
    }
}
