package org.edhub.kentucky.bundle;

import java.util.List;
import java.util.function.Function;

/**
 * One file of a bundle: its name, the columns its header must carry and how a row becomes a record.
 *
 * @param columns every column the header must carry (any order, any case); other columns are ignored
 */
public record SisLayout<T>(String file, List<String> columns, Function<SisRow, T> mapping) {
}
