package org.edhub.kentucky.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits a statewide CSV file by its district column into one file per district, {@code <folder>/<district>.csv}, each
 * with the header and the rows of its district in the order of the statewide file, the district column left out. The
 * rows are streamed: only the open files' buffers are held.
 */
final class ByDistrict {
    private ByDistrict() {
    }

    /** Splits {@code statewide} by its column {@code district}; returns the districts in the order they first appear. */
    static List<String> split(Path statewide, String district, Path folder) {
        Map<String, CSVPrinter> files = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(statewide, StandardCharsets.UTF_8); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Files.createDirectories(folder);
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int column = header.indexOf(district);
            if (column < 0) throw new IllegalArgumentException(statewide + " has no column " + district);
            List<String> columns = without(header, column);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                CSVPrinter out = files.get(record.get(column));
                if (out == null) {
                    BufferedWriter writer = Files.newBufferedWriter(folder.resolve(record.get(column) + ".csv"), StandardCharsets.UTF_8);
                    out = new CSVPrinter(writer, CSVFormat.DEFAULT);
                    out.printRecord(columns);
                    files.put(record.get(column), out);
                }
                out.printRecord(without(record.toList(), column));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot split " + statewide, e);
        } finally {
            for (CSVPrinter out : files.values()) close(out);
        }
        return new ArrayList<>(files.keySet());
    }

    /** Deletes a folder and everything in it, if it is there. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }

    private static List<String> without(List<String> row, int column) {
        List<String> kept = new ArrayList<>(row);
        kept.remove(column);
        return kept;
    }

    private static void close(CSVPrinter out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
