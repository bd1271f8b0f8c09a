package org.edhub.core.table;

import java.util.List;
import java.util.function.Predicate;

/** An output table as read from a run's CSV file: its headers in file order and its rows. */
public record Table(List<String> headers, List<Row> rows) {

    public boolean hasColumn(String header) {
        return headers.stream().anyMatch(h -> Row.key(h).equals(Row.key(header)));
    }

    public Table filter(Predicate<Row> keep) {
        return new Table(headers, rows.stream().filter(keep).toList());
    }
}
