package org.edhub.core.issue;

import org.edhub.core.privacy.Ssn;

/**
 * One finding about the data, shaped like a Frictionless validation error: where (file, row, field, value), what
 * (rule code and message) and what to do (fix).
 * <p>
 * An issue never holds an SSN in full: its value is masked as a value of its field, its message and fix as text
 * ({@link Ssn#mask}), so whatever writes an issue (the issue report, the database, the mail, the dashboard) writes it
 * masked.
 *
 * @param row 1-based physical line or record number in the file; null when the issue concerns the whole file
 */
public record Issue(Severity severity, String rule, String file, Long row, String field, String value,
                    String message, String fix) {

    public Issue {
        value = Ssn.mask(field, value);
        message = Ssn.mask(null, message);
        fix = Ssn.mask(null, fix);
    }

    public Issue at(String file, Long row) {
        return new Issue(severity, rule, file, row, field, value, message, fix);
    }

    public Issue field(String field, String value) {
        return new Issue(severity, rule, file, row, field, value, message, fix);
    }

    public Issue fix(String fix) {
        return new Issue(severity, rule, file, row, field, value, message, fix);
    }

    /** The issue's place as a coordinator reads it: {@code certs.csv row 12, field Expire Date}. */
    public String where() {
        StringBuilder s = new StringBuilder(file == null ? "" : file);
        if (row != null) s.append(s.isEmpty() ? "" : " ").append("row ").append(row);
        if (field != null) s.append(s.isEmpty() ? "" : ", ").append("field ").append(field);
        return s.toString();
    }
}
