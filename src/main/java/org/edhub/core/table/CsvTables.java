package org.edhub.core.table;

import org.edhub.core.privacy.Ssn;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a run's CSV output by its header: a byte-order mark, spaces and case in headers and extra columns are
 * tolerated; a column named for a Social Security number is dropped and every value masked as a value of its column
 * ({@link Ssn#mask}); the apostrophe the report writer puts before a formula-like value is taken off again.
 */
public final class CsvTables {
    private CsvTables() {
    }

    public static Table read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build().parse(in)) {
            List<String> headers = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                String clean = h.replace("\uFEFF", "").strip();
                if (!clean.isEmpty() && !Ssn.namesAnSsn(clean)) headers.add(clean);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) rows.add(row(record, parser.getHeaderNames(), headers));
            return new Table(List.copyOf(headers), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFileName(), e);
        }
    }

    private static Row row(CSVRecord record, List<String> rawHeaders, List<String> kept) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < rawHeaders.size() && i < record.size(); i++) {
            String header = rawHeaders.get(i).replace("\uFEFF", "").strip();
            if (kept.contains(header)) cells.put(Row.key(header), Ssn.mask(header, unquote(record.get(i))));
        }
        return new Row(cells);
    }

    /** Undoes {@link org.edhub.core.report.CellText#safe}: {@code '=x} was written for {@code =x}. */
    static String unquote(String v) {
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) return v.substring(1);
        return v;
    }
}
