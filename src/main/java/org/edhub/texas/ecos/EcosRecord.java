package org.edhub.texas.ecos;

import java.util.List;
import java.util.Map;

import org.apache.camel.dataformat.bindy.BindyCsvFactory;
import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;

/**
 * One row of the SBEC/ECOS staff certification file as seed 004 lays it out: no header, seven columns, mapped by
 * position by camel-bindy. Every value is kept as the text the file holds (no trimming, no parsing): the reader's own
 * checks decide what a value means, so that a bad value becomes an issue naming the row, the field and the value
 * instead of a Bindy exception that stops the file.
 * <p>
 * Bindy maps the fields of a record; it does not split the file into records. Bindy splits a line with a regular
 * expression, so a quoted comma, a quoted line break or a doubled quote would be cut wrongly, and it stops at the first
 * bad line; {@link CertificationFile} therefore splits the file with commons-csv and hands each record of seven
 * values to {@link Binder#bind}.
 * <p>
 * The first value is often an SSN. Bindy's own messages never carry a value here (they could only name an eighth
 * value, and a row of more than seven is an issue before binding), but Bindy logs every value it binds at DEBUG: the
 * hub keeps {@code org.apache.camel.dataformat.bindy} at INFO ({@code application.yaml}).
 */
@CsvRecord(separator = ",", crlf = "UNIX")
public final class EcosRecord {
    @DataField(pos = 1, columnName = "SSN or TX Unique ID")
    private String staffId;
    @DataField(pos = 2, columnName = "Cert Typ Code")
    private String certType;
    @DataField(pos = 3, columnName = "Effective Date")
    private String effectiveDate;
    @DataField(pos = 4, columnName = "Expire Date")
    private String expireDate;
    @DataField(pos = 5, columnName = "Grade Level")
    private String gradeLevel;
    @DataField(pos = 6, columnName = "Cert Lvl Code")
    private String certLevel;
    @DataField(pos = 7, columnName = "Field Code")
    private String fieldCode;

    /** For Bindy, which creates a record per row. */
    public EcosRecord() {
    }

    public String staffId() {
        return text(staffId);
    }

    public String certType() {
        return text(certType);
    }

    public String effectiveDate() {
        return text(effectiveDate);
    }

    public String expireDate() {
        return text(expireDate);
    }

    public String gradeLevel() {
        return text(gradeLevel);
    }

    public String certLevel() {
        return text(certLevel);
    }

    public String fieldCode() {
        return text(fieldCode);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The Bindy model of this class: one per file read, it is not shared between threads. */
    static Binder binder() {
        return new Binder();
    }

    /** Binds the values of one record to an {@link EcosRecord} through Bindy's CSV factory. */
    static final class Binder {
        private static final String KEY = EcosRecord.class.getName();
        private final BindyCsvFactory factory;

        private Binder() {
            try {
                factory = (BindyCsvFactory) new BindyCsvDataFormat(EcosRecord.class).getFactory();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot build the Bindy model of " + KEY, e);
            }
        }

        /**
         * The record of the seven values of row {@code row}.
         *
         * @throws IllegalArgumentException when Bindy cannot bind them (its message names the position and the row); with
     *                                  seven text fields and none of them required it binds any seven values
         */
        EcosRecord bind(List<String> values, long row) {
            try {
                Map<String, Object> model = factory.factory();
                factory.bind(null, values, model, (int) Math.min(row, Integer.MAX_VALUE));
                return (EcosRecord) model.get(KEY);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
