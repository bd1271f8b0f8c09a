package org.edhub.texas.ecos;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edhub.texas.pr1500.Certificate;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.MostlyBad;
import org.edhub.core.privacy.Ssn;
import org.edhub.core.text.TextFile;
import org.edhub.core.program.InputFile;

/**
 * Reads the SBEC/ECOS staff certification file: CSV, no header, seven columns in seed 004's order. A bad row becomes
 * an issue with its row number and the rest is used; a file with no certificate row at all is rejected whole.
 * <p>
 * commons-csv splits the file into records (quoted commas, doubled quotes and quoted line breaks, a row number per
 * record with blank lines counted); each record of seven values is mapped to an {@link EcosRecord} by camel-bindy, and
 * the checks below judge the record's values.
 */
public final class CertificationFile {
    /** The seven columns in the order seed 004 gives them. */
    public static final List<String> COLUMNS = List.of("SSN or TX Unique ID", "Cert Typ Code", "Effective Date",
            "Expire Date", "Grade Level", "Cert Lvl Code", "Field Code");
    private static final Pattern STAFF_ID = Pattern.compile("\\d{9}|\\d{10}");
    /** Blank lines are kept as records (and skipped below) so a row number is the line a coordinator sees. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    private CertificationFile() {
    }

    public static List<Certificate> read(InputFile file, IssueSink issues) {
        List<Certificate> certificates = new ArrayList<>();
        read(file, issues, certificates::add);
        return certificates;
    }

    /** Streams the certificates of the file to {@code sink}; returns how many rows the file had. */
    public static long read(InputFile file, IssueSink issues, Consumer<Certificate> sink) {
        long rows = 0;
        long good = 0;
        Issues found = new Issues();
        EcosValues values = new EcosValues();
        EcosRecord.Binder binder = EcosRecord.binder();
        EcosHeader header = null;
        String[] seven = new String[COLUMNS.size()];
        try (Reader reader = TextFile.open(file); CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isBlank()) continue;
                rows++;
                if (rows == 1) {
                    header = header(file.name(), record);
                    if (header != null) continue;
                }
                Certificate certificate = header == null
                        ? toCertificate(file.name(), record, rows == 1, binder, values, found::report)
                        : headered(file.name(), record, header, seven, binder, values, found::report);
                if (certificate != null) {
                    good++;
                    sink.accept(certificate);
                }
                if (rows > 1000 && good == 0) break;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputRejected(CertificationRule.NO_CERTIFICATE_ROW
                    .issue(file.name() + " cannot be read as CSV after row " + rows + ": " + rootMessage(e))
                    .at(file.name(), rows + 1), e);
        }
        if (good == 0) {
            throw new InputRejected(CertificationRule.NO_CERTIFICATE_ROW.issue(rows == 0
                            ? "The file is empty: it has no certificate row"
                            : "No certificate row in the file" + (found.size() == 0 ? "" : "; the first problem: " + found.all().get(0).message()))
                    .at(file.name(), null));
        }
        long bad = rows - good - (header == null ? 0 : 1);
        if (MostlyBad.rejects(good, bad)) {
            throw new InputRejected(CertificationRule.MOSTLY_BAD.issue(bad + " of " + (good + bad) + " certificate rows cannot "
                    + "be read; the first problem: " + found.all().get(0).where() + ": " + found.all().get(0).message())
                    .at(file.name(), null));
        }
        found.all().forEach(issues::report);
        return rows;
    }

    /**
     * Today's ECOS download: a first row that names columns is a header (null when it names none).
     *
     * @throws InputRejected when the header lacks the identifier or another of the seven columns
     */
    private static EcosHeader header(String file, CSVRecord first) {
        try {
            return EcosHeader.of(first);
        } catch (EcosHeader.MissingColumns e) {
            throw new InputRejected(CertificationRule.HEADER_COLUMNS.issue("The header row names no column for "
                    + String.join(", ", e.missing) + "; the columns found are: " + String.join(", ", e.found))
                    .at(file, first.getRecordNumber()).field(null, String.join(", ", e.missing)));
        }
    }

    /** A row of a headered file: its seven columns found by the header's names. */
    private static Certificate headered(String file, CSVRecord record, EcosHeader header, String[] seven,
                                        EcosRecord.Binder binder, EcosValues values, IssueSink issues) {
        long row = record.getRecordNumber();
        if (record.size() != header.width()) {
            issues.report(CertificationRule.COLUMN_COUNT.issue("Row " + row + " has " + record.size()
                    + (record.size() == 1 ? " column" : " columns") + "; the header row names " + header.width()).at(file, row)
                    .field(null, header.identifier(record) == null ? null : maskedKey(header.identifier(record))));
            return null;
        }
        return toCertificate(file, row, Arrays.asList(header.seven(record, seven)), false, binder, values, issues);
    }

    private static Certificate toCertificate(String file, CSVRecord record, boolean first, EcosRecord.Binder binder,
                                             EcosValues values, IssueSink issues) {
        long row = record.getRecordNumber();
        if (record.size() != COLUMNS.size()) {
            issues.report(CertificationRule.COLUMN_COUNT.issue("Row " + row + " has " + record.size()
                    + (record.size() == 1 ? " column" : " columns") + "; a certification row has " + COLUMNS.size()).at(file, row)
                    .field(null, maskedKey(record.get(0))));
            return null;
        }
        return toCertificate(file, row, Arrays.asList(record.values()), first, binder, values, issues);
    }

    private static Certificate toCertificate(String file, long row, List<String> seven, boolean first,
                                             EcosRecord.Binder binder, EcosValues values, IssueSink issues) {
        EcosRecord ecos;
        try {
            ecos = binder.bind(seven, row);
        } catch (IllegalArgumentException e) {
            issues.report(CertificationRule.COLUMN_COUNT.issue("Row " + row + " cannot be mapped to the seven columns: "
                    + e.getMessage()).at(file, row).field(null, maskedKey(seven.get(0))));
            return null;
        }
        String staffId = ecos.staffId();
        if (first && looksLikeHeader(ecos, values)) {
            issues.report(CertificationRule.HEADER_ROW.issue("Row 1 looks like a header row ('" + ecos.effectiveDate()
                    + "' is not a date) and was skipped").at(file, row).field(COLUMNS.get(2), ecos.effectiveDate()));
            return null;
        }
        String key = key(staffId);
        if (key == null) {
            issues.report(CertificationRule.STAFF_ID.issue("'" + maskedKey(staffId)
                    + "' is not a 9-digit SSN or a 10-digit TX Unique Staff ID"
                    + (staffId.strip().equals(staffId) ? "" : " (it has leading or trailing spaces)"))
                    .at(file, row).field(COLUMNS.get(0), maskedKey(staffId)));
            return null;
        }
        if (key.length() == 9 && digits(staffId) == 8) {
            issues.report(CertificationRule.SSN_LEADING_ZERO.issue("'" + maskedKey(staffId) + "' has 8 digits: read as the SSN "
                    + maskedKey(key) + " (a leading zero dropped)").at(file, row).field(COLUMNS.get(0), maskedKey(staffId)));
        }
        staffId = key;
        String certType = ecos.certType().strip();
        if (certType.isEmpty()) {
            issues.report(CertificationRule.CERT_TYPE.issue("The Cert Typ Code is blank").at(file, row).field(COLUMNS.get(1), ""));
            return null;
        }
        String effectiveText = ecos.effectiveDate();
        LocalDate effective = values.date(effectiveText);
        if (effective == null) {
            issues.report(CertificationRule.EFFECTIVE_DATE.issue("'" + effectiveText + "' is not a date M/D/YYYY")
                    .at(file, row).field(COLUMNS.get(2), effectiveText));
            return null;
        }
        String expireText = ecos.expireDate().strip();
        LocalDate expires = null;
        if (!expireText.equalsIgnoreCase("Life")) {
            expires = values.date(expireText);
            if (expires == null) {
                issues.report(CertificationRule.EXPIRE_DATE.issue("'" + ecos.expireDate() + "' is neither a date M/D/YYYY nor Life")
                        .at(file, row).field(COLUMNS.get(3), ecos.expireDate()));
                return null;
            }
            if (expires.isBefore(effective)) {
                issues.report(CertificationRule.EXPIRES_BEFORE_EFFECTIVE.issue("Expire Date " + expireText
                        + " is before Effective Date " + effectiveText.strip()).at(file, row).field(COLUMNS.get(3), expireText));
            }
        }
        return new Certificate(row, staffId, values.code(certType), effective, expires, values.code(ecos.gradeLevel().strip()),
                values.code(ecos.certLevel().strip()), values.code(ecos.fieldCode().strip()));
    }

    /**
     * Decision, certificate keys: a 9-digit SSN may come with dashes, spaces or dots ({@code 123-45-6789}), or as 8
     * digits because a spreadsheet dropped a leading zero ({@code 0} + the 8 digits); a TX Unique Staff ID is 10
     * digits. The key in its 9- or 10-digit form, or null for anything else.
     */
    static String key(String id) {
        if (STAFF_ID.matcher(id).matches()) return id;
        int n = digits(id);
        if (n < 0) return null;
        String s = id.strip();
        boolean separated = n != s.length();
        if (n == 9 || n == 8) {
            StringBuilder b = new StringBuilder(9);
            if (n == 8) b.append('0');
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '0' && s.charAt(i) <= '9') b.append(s.charAt(i));
            }
            return b.toString();
        }
        return n == 10 && !separated ? s : null;
    }

    /** How many digits an identifier has when it holds only digits, dashes, spaces and dots; -1 otherwise. */
    private static int digits(String id) {
        int n = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') n++;
            else if (c != '-' && c != ' ' && c != '.') return -1;
        }
        return n;
    }

    /** An identifier as an issue may show it: an SSN in any of its forms masked to its last four digits. */
    static String maskedKey(String id) {
        return Ssn.mask(Ssn.FIELD, id);
    }

    private static boolean looksLikeHeader(EcosRecord ecos, EcosValues values) {
        return values.date(ecos.effectiveDate()) == null && ecos.effectiveDate().chars().anyMatch(Character::isLetter);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
