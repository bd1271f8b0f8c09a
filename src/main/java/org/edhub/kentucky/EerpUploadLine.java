package org.edhub.kentucky;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.Format;
import org.apache.camel.dataformat.bindy.annotation.BindyConverter;
import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;
import org.apache.camel.dataformat.bindy.util.ConverterUtils;
import org.edhub.core.report.CsvReport;
import org.edhub.kentucky.extract.UsDate;
import org.edhub.kentucky.validation.EerpRow;

/**
 * One line of the EERP upload file ({@code EERP_EPSB_Upload.csv}, kentucky-lead-validation.md: District Number,
 * School Year, EPSB ID, Last Name, First Name, Job Class Code, Location, FTE, Start Date), laid out by camel-bindy:
 * Bindy writes the header from the column names, places the values by position, separates them with commas and ends
 * each line with CRLF, as its CSV data format marshals a record.
 * <p>
 * The text of each value is the one every report of the hub writes ({@link CsvReport#cellText}): neutralised against
 * formula injection and quoted as commons-csv's RFC 4180 format quotes it. Bindy's own quoting cannot give those bytes
 * (it quotes every value, or, with {@code quotingOnlyWhenNeeded}, only a value with a comma, a quote or a CRLF, never
 * one that starts with {@code #} or a space or holds a lone line feed), so Bindy's quoting is off and each field
 * formats its value through {@link Cell} ({@link FirstCell} for the first column, whose empty value is quoted).
 */
@CsvRecord(separator = ",", crlf = "WINDOWS", generateHeaderColumns = true)
public final class EerpUploadLine {
    @DataField(pos = 1, columnName = "District Number")
    @BindyConverter(FirstCell.class)
    private String districtNumber;
    @DataField(pos = 2, columnName = "School Year")
    @BindyConverter(Cell.class)
    private String schoolYear;
    @DataField(pos = 3, columnName = "EPSB ID")
    @BindyConverter(Cell.class)
    private String epsbId;
    @DataField(pos = 4, columnName = "Last Name")
    @BindyConverter(Cell.class)
    private String lastName;
    @DataField(pos = 5, columnName = "First Name")
    @BindyConverter(Cell.class)
    private String firstName;
    @DataField(pos = 6, columnName = "Job Class Code")
    @BindyConverter(Cell.class)
    private String jobClassCode;
    @DataField(pos = 7, columnName = "Location")
    @BindyConverter(Cell.class)
    private String location;
    @DataField(pos = 8, columnName = "FTE")
    @BindyConverter(Cell.class)
    private String fte;
    @DataField(pos = 9, columnName = "Start Date")
    @BindyConverter(Cell.class)
    private String startDate;

    /** For Bindy. */
    public EerpUploadLine() {
    }

    /** The line of an uploaded row; a missing value is empty (Bindy writes a null without formatting it). */
    EerpUploadLine(EerpRow row) {
        districtNumber = text(row.districtNumber());
        schoolYear = text(row.schoolYear());
        epsbId = text(row.epsbId());
        lastName = text(row.lastName());
        firstName = text(row.firstName());
        jobClassCode = text(row.jobClassCode());
        location = text(row.location());
        fte = text(row.fte());
        startDate = text(UsDate.of(row.startDate()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Writes the upload file: the header, then a line per row, in order. */
    static Path write(Path target, List<EerpRow> rows) {
        BindyCsvFactory factory = factory();
        String lineEnd = ConverterUtils.getStringCarriageReturn(factory.getCarriageReturn());
        try (CsvReport file = CsvReport.laidOut(target)) {
            if (factory.getGenerateHeaderColumnNames()) file.text(factory.generateHeader()).text(lineEnd);
            Map<String, Object> model = new HashMap<>(2);
            for (EerpRow row : rows) {
                model.put(EerpUploadLine.class.getName(), new EerpUploadLine(row));
                file.text(factory.unbind(null, model)).text(lineEnd);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Bindy cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static BindyCsvFactory factory() {
        try {
            return (BindyCsvFactory) new BindyCsvDataFormat(EerpUploadLine.class).getFactory();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the Bindy model of " + EerpUploadLine.class.getName(), e);
        }
    }

    /** A value as a report cell (not the first of its line). */
    public static class Cell implements Format<String> {
        @Override
        public String format(String value) {
            return CsvReport.cellText(value, false);
        }

        /** The upload file is only written. */
        @Override
        public String parse(String text) {
            throw new UnsupportedOperationException("The EERP upload file is written, not read");
        }
    }

    /** The first value of a line as a report cell: empty, it is written {@code ""}. */
    public static final class FirstCell extends Cell {
        @Override
        public String format(String value) {
            return CsvReport.cellText(value, true);
        }
    }
}
