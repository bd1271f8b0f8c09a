package org.edhub.core.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.SchoolYear;

/**
 * A state's deadlines table in {@code mappings/} ({@code school_year,program,deadline,due,expects,source}; {@code #}
 * lines are comments): one row per program, school year and date, so next year's dates are a row an operator adds.
 * {@code expects} lists feed folders separated by spaces. A row that cannot be read is an error naming the table,
 * line, column and value.
 */
public final class DeadlineTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).build();

    private DeadlineTable() {
    }

    /** The rows of {@code table} (a path inside {@code mappings/}, e.g. {@code ky/deadlines.csv}). */
    public static List<Deadline> read(Mappings mappings, String table) {
        try (InputStream in = mappings.open(table); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Deadline> rows = new ArrayList<>();
            for (CSVRecord row : FORMAT.parse(r)) rows.add(deadline(table, row));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + table, e);
        }
    }

    private static Deadline deadline(String table, CSVRecord row) {
        String year = cell(table, row, "school_year");
        if (!SchoolYear.isValid(year)) throw bad(table, row, "school_year", year, "is not a school year (YYYY-YYYY)");
        String due = cell(table, row, "due");
        LocalDate date;
        try {
            date = LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw bad(table, row, "due", due, "is not a date (YYYY-MM-DD)");
        }
        String expects = row.isMapped("expects") ? row.get("expects") : "";
        return new Deadline(year, cell(table, row, "program"), cell(table, row, "deadline"), date,
                expects.isBlank() ? List.of() : Arrays.asList(expects.trim().split("\\s+")),
                row.isMapped("source") ? row.get("source") : "");
    }

    private static String cell(String table, CSVRecord row, String column) {
        String value = row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
        if (value.isBlank()) throw bad(table, row, column, value, "is empty");
        return value;
    }

    private static IllegalArgumentException bad(String table, CSVRecord row, String column, String value, String why) {
        return new IllegalArgumentException("mappings/" + table + " line " + row.getParser().getCurrentLineNumber()
                + ", column " + column + ": '" + value + "' " + why);
    }
}
