package org.edhub.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.edhub.core.privacy.Ssn;

/**
 * Writes an Excel workbook (Office Open XML) as a stream of rows: sheets one after the other, each with a bold, frozen
 * header row, numbers as numbers, text neutralised as in the CSV reports ({@link CellText}) and written inline, empty
 * values as empty cells, and optionally bold rows of SUBTOTAL formulas, each written with its value so that a reader
 * which does not recalculate shows it too, and column widths with a print setup ({@link SheetLayout}). Only a few
 * 64 KB buffers are held, whatever the number of rows: the XML is made on the caller's thread and deflated on another
 * ({@link BackgroundZip}).
 * <p>
 * The format is written here rather than through a spreadsheet library because of the statewide PR1500 drill-down
 * (566,000 rows of 20 cells): a general-purpose streaming writer spent about 4 s building the sheet's XML before
 * deflating it, this writer about a tenth of that (docs/benchmarks.md). The zip is deflated at the fastest level, which
 * halves the deflating time for a file about 15% larger. The tests open every workbook with Apache POI.
 * <p>
 * A file target is written under a temporary name and moved into place on {@link #close()}.
 */
public final class XlsxReport implements AutoCloseable {
    private static final String MAIN_NS = WorkbookParts.MAIN_NS;
    private static final String PLAIN = "0";
    private static final String BOLD = "1";

    private final String name;
    private final OutputStream target;
    private final OutputStream buffered;
    private final BackgroundZip zip;
    private final SheetXml xml;
    private final Path file;
    private final Path partial;
    private final List<String> sheetNames = new ArrayList<>();
    /** The sheets with a print setup, whose header row is repeated on every printed page. */
    private final List<Integer> printedSheets = new ArrayList<>();
    private Sheet open;

    private XlsxReport(String name, OutputStream target, Path file, Path partial) {
        this.name = name;
        this.target = target;
        this.file = file;
        this.partial = partial;
        this.buffered = new BufferedOutputStream(target, 1 << 16);
        this.zip = new BackgroundZip(buffered);
        try {
            this.xml = new SheetXml(zip);
        } catch (IOException e) {
            zip.close();
            throw failed(e);
        }
    }

    public static XlsxReport create(Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return new XlsxReport(target.toString(), Files.newOutputStream(partial), target, partial);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** A workbook written to a stream the caller owns (a download); closing the report does not close the stream. */
    public static XlsxReport to(OutputStream out) {
        return new XlsxReport("the spreadsheet", out, null, null);
    }

    /** Starts the next sheet; the one before it is finished and can no longer be written. */
    public Sheet sheet(String sheetName, List<String> header) {
        return sheet(sheetName, header, null);
    }

    /** Starts the next sheet with its column widths and print setup ({@code layout}, or none when null). */
    public Sheet sheet(String sheetName, List<String> header, SheetLayout layout) {
        try {
            finishOpenSheet();
            sheetNames.add(sheetName(sheetName));
            if (layout != null) printedSheets.add(sheetNames.size() - 1);
            zip.putNextEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml");
            xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN_NS + "\">");
            if (layout != null) xml.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
            xml.raw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                    + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
            if (layout != null && !layout.widths().isEmpty()) columns(layout);
            xml.raw("<sheetData>");
            open = new Sheet(layout != null, header);
            open.startRow();
            for (int c = 0; c < header.size(); c++) open.text(c, header.get(c), BOLD);
            open.endRow();
            return open;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void columns(SheetLayout layout) throws IOException {
        xml.raw("<cols>");
        for (int c = 0; c < layout.widths().size(); c++) {
            String n = Integer.toString(c + 1);
            xml.raw("<col min=\"").raw(n).raw("\" max=\"").raw(n).raw("\" width=\"").raw(layout.widths().get(c).toString())
                    .raw("\" customWidth=\"1\"/>");
        }
        xml.raw("</cols>");
    }

    /** Where a block of rows starts, for the subtotals under it: the next row and the sums of the rows before it. */
    public static final class Mark {
        private final int firstRow;
        private final double[] sums;

        private Mark(int firstRow, double[] sums) {
            this.firstRow = firstRow;
            this.sums = sums;
        }
    }

    private static double sum(double[] sums, int column) {
        return column < sums.length ? sums[column] : 0;
    }

    /** One sheet of the workbook: rows after the header, and rows of subtotals under blocks of them. */
    public final class Sheet {
        private final boolean printed;
        /** The masking of each column's values, decided once per sheet. */
        private final Ssn.Columns masking;
        private int rows;
        /** The number of the row being written, as it appears in its cells' references. */
        private byte[] rowBytes;
        /** Per column, the sum of the numbers of the rows written so far, subtotal rows left out. */
        private double[] sums = new double[0];

        private Sheet(boolean printed, List<String> header) {
            this.printed = printed;
            this.masking = new Ssn.Columns(header);
        }

        /**
         * One row; numbers are written as numbers, everything else as text masked as a value of its column
         * ({@link Ssn#mask}) and neutralised, null and "" as empty cells.
         */
        public Sheet row(List<?> values) {
            try {
                startRow();
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (isNumber(v)) {
                        number(c, v.toString());
                        add(c, ((Number) v).doubleValue());
                    } else if (v != null) {
                        text(c, CellText.safe(masking.mask(c, v.toString())), PLAIN);
                    }
                }
                endRow();
            } catch (IOException e) {
                throw failed(e);
            }
            return this;
        }

        /** Marks the start of a block of rows: the rows written from here on, up to a {@link #subtotals} row. */
        public Mark mark() {
            return new Mark(rows + 1, sums.clone());
        }

        /**
         * A bold row of subtotals under the block that starts at {@code from}: {@code labels} in the first columns,
         * then in every column up to {@code lastSum} the formula SUBTOTAL(9, ...) over the block, so a coordinator's
         * edit recomputes it, written with its value. SUBTOTAL leaves out the subtotal rows inside the block, and so
         * does the value: a campus's subtotals nest in its district's.
         */
        public Sheet subtotals(List<String> labels, int lastSum, Mark from) {
            int last = rows;
            try {
                startRow();
                for (int c = 0; c < labels.size(); c++) text(c, CellText.safe(labels.get(c)), BOLD);
                for (int c = labels.size(); c <= lastSum; c++) {
                    String column = column(c);
                    cell(c, BOLD);
                    xml.raw("<f>").raw(last < from.firstRow ? "0" : "SUBTOTAL(9," + column + from.firstRow + ":" + column + last + ")")
                            .raw("</f><v>").raw(value(sum(sums, c) - sum(from.sums, c))).raw("</v></c>");
                }
                endRow();
            } catch (IOException e) {
                throw failed(e);
            }
            return this;
        }

        /** The rows written, the header included. */
        public int rows() {
            return rows;
        }

        private void add(int column, double value) {
            if (column >= sums.length) sums = Arrays.copyOf(sums, Math.max(column + 1, sums.length * 2));
            sums[column] += value;
        }

        private void startRow() throws IOException {
            rowBytes = SheetXml.ascii(Integer.toString(++rows));
            xml.raw(ROW).raw(rowBytes).raw(ROW_START_END);
        }

        private void endRow() throws IOException {
            xml.raw(ROW_END);
        }

        private void text(int column, String value, String style) throws IOException {
            if (value.isEmpty()) return;
            cellStart(column);
            xml.raw(style.equals(BOLD) ? BOLD_TEXT : PLAIN_TEXT);
            boolean spaced = Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
            xml.raw(spaced ? TEXT_SPACED : TEXT).text(value).raw(TEXT_END);
        }

        private void number(int column, String value) throws IOException {
            cellStart(column);
            xml.raw(PLAIN_NUMBER).raw(value).raw(NUMBER_END);
        }

        /** A cell's start tag with its style and no type (a number or a formula). */
        private void cell(int column, String style) throws IOException {
            cellStart(column);
            xml.raw("\" s=\"").raw(style).raw("\">");
        }

        /** {@code <c r="} and the cell's reference, without closing the quote. */
        private void cellStart(int column) throws IOException {
            xml.raw(CELL).raw(column < COLUMN_BYTES.length ? COLUMN_BYTES[column] : SheetXml.ascii(column(column))).raw(rowBytes);
        }
    }

    /** A cached formula value: a whole number without a decimal point. */
    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isNumber(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof BigDecimal) return true;
        return v instanceof Number n && Double.isFinite(n.doubleValue());
    }

    private static final String[] COLUMNS = new String[64];
    private static final byte[][] COLUMN_BYTES = new byte[COLUMNS.length][];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = columnName(i);
            COLUMN_BYTES[i] = SheetXml.ascii(COLUMNS[i]);
        }
    }

    /** The markup of every row and cell, encoded once: a drill-down sheet writes it millions of times. */
    private static final byte[] ROW = SheetXml.ascii("<row r=\"");
    private static final byte[] ROW_START_END = SheetXml.ascii("\">");
    private static final byte[] ROW_END = SheetXml.ascii("</row>");
    private static final byte[] CELL = SheetXml.ascii("<c r=\"");
    private static final byte[] PLAIN_TEXT = SheetXml.ascii("\" s=\"" + PLAIN + "\" t=\"inlineStr\">");
    private static final byte[] BOLD_TEXT = SheetXml.ascii("\" s=\"" + BOLD + "\" t=\"inlineStr\">");
    private static final byte[] TEXT = SheetXml.ascii("<is><t>");
    private static final byte[] TEXT_SPACED = SheetXml.ascii("<is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = SheetXml.ascii("</t></is></c>");
    private static final byte[] PLAIN_NUMBER = SheetXml.ascii("\" s=\"" + PLAIN + "\"><v>");
    private static final byte[] NUMBER_END = SheetXml.ascii("</v></c>");

    /** The spreadsheet name of a column: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        return index < COLUMNS.length ? COLUMNS[index] : columnName(index);
    }

    private static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) s.insert(0, (char) ('A' + (i - 1) % 26));
        return s.toString();
    }

    /** A sheet name Excel accepts: none of {@code [ ] : * ? / \}, at most 31 characters, unique. */
    private String sheetName(String wanted) {
        String cleaned = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) cleaned = "Sheet";
        if (cleaned.length() > 31) cleaned = cleaned.substring(0, 31);
        String unique = cleaned;
        for (int n = 2; sheetNames.contains(unique); n++) {
            String suffix = " (" + n + ")";
            unique = cleaned.substring(0, Math.min(cleaned.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }

    private void finishOpenSheet() throws IOException {
        if (open == null) return;
        xml.raw("</sheetData>");
        if (open.printed) {
            xml.raw("<printOptions gridLines=\"1\"/><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" "
                    + "header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"1\" orientation=\"landscape\" fitToWidth=\"1\" "
                    + "fitToHeight=\"0\"/><headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>");
        }
        xml.raw("</worksheet>").flush();
        zip.closeEntry();
        open = null;
    }

    @Override
    public void close() {
        try {
            finishOpenSheet();
            WorkbookParts.write(zip, sheetNames, printedSheets);
            zip.finish();
            buffered.flush();
            if (file != null) {
                target.close();
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw failed(e);
        } finally {
            zip.close();
        }
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("Cannot write " + name, e);
    }
}
