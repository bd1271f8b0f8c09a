package org.edhub.kentucky.bundle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.program.Mappings;

/** A small code table of {@code mappings/} read by its header: one map of column to value per row. */
public final class MappingTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();

    private MappingTable() {
    }

    public static List<Map<String, String>> rows(Mappings mappings, String table) {
        try (Reader in = new InputStreamReader(mappings.open(table), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : FORMAT.parse(in)) rows.add(r.toMap());
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mapping table " + table, e);
        }
    }
}
