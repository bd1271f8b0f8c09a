package org.edhub.texas.ecos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The header row of today's ECOS download ("Certification and Sanctions Info by SSN": a header row and 28 named
 * columns): the seven columns the count needs are found by name, in any order, and the others ignored. Names are
 * compared trimmed, case-insensitive and with runs of blanks as one. The accepted names are listed in
 * {@code mappings/README.md}.
 */
final class EcosHeader {
    /** The names accepted for the identifier column: an SSN or a TX Unique Staff ID. */
    static final List<String> IDENTIFIER_NAMES = List.of("Social Security or Staff TX Unique ID", "SSN or TX Unique ID",
            "SSN", "Social Security Number", "Social Security", "TX Unique Staff ID", "TX Unique ID",
            "Staff TX Unique ID", "TX-UNIQUE-STAFF-ID", "Unique ID");
    /** The names accepted for the other six columns, in {@link CertificationFile#COLUMNS}' order from position 2. */
    private static final Map<Integer, List<String>> NAMES = Map.of(
            1, List.of("Cert Typ Code"),
            2, List.of("Cert Effective Date", "Effective Date"),
            3, List.of("Cert Expire Date", "Expire Date"),
            4, List.of("Grade Level"),
            5, List.of("Cert Lvl Code"),
            6, List.of("Field Code"));

    private final int[] positions;
    private final int width;

    private EcosHeader(int[] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * The header a first row is, or null when it names no column of the layouts (a headerless file's first record).
     *
     * @throws MissingColumns when it names columns but not the identifier or another of the seven
     */
    static EcosHeader of(CSVRecord first) {
        int[] positions = {-1, -1, -1, -1, -1, -1, -1};
        boolean named = false;
        for (int i = 0; i < first.size(); i++) {
            String name = normal(first.get(i));
            if (name.isEmpty()) continue;
            int column = column(name);
            if (column >= 0) {
                named = true;
                if (positions[column] < 0) positions[column] = i;
            }
        }
        if (!named) return null;
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < 0) missing.add(CertificationFile.COLUMNS.get(c));
        }
        if (!missing.isEmpty()) throw new MissingColumns(missing, first.values());
        return new EcosHeader(positions, first.size());
    }

    private static int column(String name) {
        for (String n : IDENTIFIER_NAMES) {
            if (normal(n).equals(name)) return 0;
        }
        for (Map.Entry<Integer, List<String>> e : NAMES.entrySet()) {
            for (String n : e.getValue()) {
                if (normal(n).equals(name)) return e.getKey();
            }
        }
        return -1;
    }

    private static String normal(String text) {
        String t = text.strip();
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1).strip();
        return t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How many columns the header names (every row has as many). */
    int width() {
        return width;
    }

    /** The identifier of a row, or null when the row is too short to have one. */
    String identifier(CSVRecord record) {
        return positions[0] < record.size() ? record.get(positions[0]) : null;
    }

    /** The seven values of a row in the seed's order, into {@code into} (reused from row to row). */
    String[] seven(CSVRecord record, String[] into) {
        for (int c = 0; c < positions.length; c++) into[c] = record.get(positions[c]);
        return into;
    }

    /** A header that names columns but not all seven the count needs (the identifier among them). */
    static final class MissingColumns extends RuntimeException {
        final List<String> missing;
        final List<String> found;

        MissingColumns(List<String> missing, String[] found) {
            super("missing " + missing);
            this.missing = missing;
            this.found = List.of(found);
        }
    }
}
