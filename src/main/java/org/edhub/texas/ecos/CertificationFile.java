package org.edhub.texas.ecos;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.edhub.core.privacy.StaffIds;
import org.edhub.core.text.TextFile;
import org.edhub.core.program.InputFile;

/**
 * Reads the SBEC/ECOS staff certification file: CSV, no header, seven columns in seed 004's order. A bad row becomes
 * an issue with its row number and the rest is used; a file with no certificate row at all is rejected whole.
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
        List<Issue> found = new ArrayList<>();
        EcosValues values = new EcosValues();
        try (Reader reader = TextFile.open(file); CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isBlank()) continue;
                rows++;
                Certificate certificate = toCertificate(file.name(), record, rows == 1, values, found::add);
                if (certificate != null) {
                    good++;
                    sink.accept(certificate);
                }
                if (found.size() > 1000 && good == 0) break;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputRejected(CertificationRule.NO_CERTIFICATE_ROW
                    .issue(file.name() + " cannot be read as CSV after row " + rows + ": " + rootMessage(e))
                    .at(file.name(), rows + 1), e);
        }
        if (good == 0) {
            throw new InputRejected(CertificationRule.NO_CERTIFICATE_ROW.issue(rows == 0
                            ? "The file is empty: it has no certificate row"
                            : "No certificate row in the file" + (found.isEmpty() ? "" : "; the first problem: " + found.get(0).message()))
                    .at(file.name(), null));
        }
        found.forEach(issues::report);
        return rows;
    }

    private static Certificate toCertificate(String file, CSVRecord record, boolean first, EcosValues values, IssueSink issues) {
        long row = record.getRecordNumber();
        if (record.size() != COLUMNS.size()) {
            issues.report(CertificationRule.COLUMN_COUNT.issue("Row " + row + " has " + record.size()
                    + (record.size() == 1 ? " column" : " columns") + "; a certification row has " + COLUMNS.size()).at(file, row)
                    .field(null, StaffIds.masked(record.get(0))));
            return null;
        }
        String staffId = record.get(0);
        if (first && looksLikeHeader(record, values)) {
            issues.report(CertificationRule.HEADER_ROW.issue("Row 1 looks like a header row ('" + record.get(2)
                    + "' is not a date) and was skipped").at(file, row).field(COLUMNS.get(2), record.get(2)));
            return null;
        }
        if (!STAFF_ID.matcher(staffId).matches()) {
            issues.report(CertificationRule.STAFF_ID.issue("'" + StaffIds.masked(staffId)
                    + "' is not a 9-digit SSN or a 10-digit TX Unique Staff ID"
                    + (staffId.strip().equals(staffId) ? "" : " (it has leading or trailing spaces)"))
                    .at(file, row).field(COLUMNS.get(0), StaffIds.masked(staffId)));
            return null;
        }
        String certType = record.get(1).strip();
        if (certType.isEmpty()) {
            issues.report(CertificationRule.CERT_TYPE.issue("The Cert Typ Code is blank").at(file, row).field(COLUMNS.get(1), ""));
            return null;
        }
        LocalDate effective = values.date(record.get(2));
        if (effective == null) {
            issues.report(CertificationRule.EFFECTIVE_DATE.issue("'" + record.get(2) + "' is not a date M/D/YYYY")
                    .at(file, row).field(COLUMNS.get(2), record.get(2)));
            return null;
        }
        String expireText = record.get(3).strip();
        LocalDate expires = null;
        if (!expireText.equalsIgnoreCase("Life")) {
            expires = values.date(expireText);
            if (expires == null) {
                issues.report(CertificationRule.EXPIRE_DATE.issue("'" + record.get(3) + "' is neither a date M/D/YYYY nor Life")
                        .at(file, row).field(COLUMNS.get(3), record.get(3)));
                return null;
            }
            if (expires.isBefore(effective)) {
                issues.report(CertificationRule.EXPIRES_BEFORE_EFFECTIVE.issue("Expire Date " + expireText
                        + " is before Effective Date " + record.get(2).strip()).at(file, row).field(COLUMNS.get(3), expireText));
            }
        }
        return new Certificate(row, staffId, values.code(certType), effective, expires, values.code(record.get(4).strip()),
                values.code(record.get(5).strip()), values.code(record.get(6).strip()));
    }

    private static boolean looksLikeHeader(CSVRecord record, EcosValues values) {
        return values.date(record.get(2)) == null && record.get(2).chars().anyMatch(Character::isLetter);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
