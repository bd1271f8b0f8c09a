package org.edhub.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sheet of an {@link XlsxReport} is shown and printed: the width of each column, in characters of the default
 * font, and a print setup of landscape Letter pages one page wide, as many pages tall as the rows need, with the
 * header row repeated on every page, gridlines, and the sheet's name and page number in the footer.
 */
public record SheetLayout(List<Double> widths) {
    /** A bold header is wider than plain text of the same length. */
    private static final double BOLD = 1.15;
    /** The margin either side of a cell's text, in characters. */
    private static final double PADDING = 2;

    public SheetLayout {
        widths = List.copyOf(widths);
    }

    /**
     * Widths that fit each header and the longest value of its column, whatever its type (a number as written), at
     * most {@code max} characters for a value (a header always fits).
     */
    public static SheetLayout fitting(List<String> header, Iterable<? extends List<?>> rows, int max) {
        List<Double> widths = new ArrayList<>(header.size());
        for (String h : header) widths.add(header(h));
        for (List<?> row : rows) {
            for (int c = 0; c < row.size() && c < widths.size(); c++) {
                Object v = row.get(c);
                if (v == null) continue;
                widths.set(c, Math.max(widths.get(c), Math.min(max, v.toString().length()) + PADDING));
            }
        }
        return new SheetLayout(widths);
    }

    /** The same layout with {@code column} at least wide enough for {@code text}, written bold (a totals label). */
    public SheetLayout fits(int column, String text) {
        List<Double> wider = new ArrayList<>(widths);
        wider.set(column, Math.max(wider.get(column), header(text)));
        return new SheetLayout(wider);
    }

    private static double header(String text) {
        return Math.ceil(text.length() * BOLD) + PADDING;
    }
}
