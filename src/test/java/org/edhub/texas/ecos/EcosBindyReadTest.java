package org.edhub.texas.ecos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.InputFile;
import org.edhub.texas.pr1500.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ECOS file read through the Bindy record ({@link EcosRecord}) gives what the reader gave before Bindy: the
 * expected certificates and issues below are the output of the commons-csv-only reader on the same bytes, every part
 * of every issue (severity, rule, file, row, field, value, message, fix) and their order.
 */
class EcosBindyReadTest {
    private static final String FIX_COLUMNS = "Each row needs exactly seven values in the seed's order: SSN or TX Unique ID, "
            + "Cert Typ Code, Effective Date, Expire Date, Grade Level, Cert Lvl Code, Field Code. Download the file from "
            + "ECOS again rather than editing it.";
    private static final String FIX_STAFF_ID = "Use the 9-digit SSN or the 10-digit TX Unique Staff ID, digits only, with no spaces.";
    private static final String FIX_EFFECTIVE = "Write the Effective Date as M/D/YYYY, e.g. 5/16/1976.";
    private static final String FIX_EXPIRE = "Write the Expire Date as M/D/YYYY, e.g. 1/31/2019, or Life.";

    @TempDir
    Path dir;

    @Test
    void aUtf8FileWithAByteOrderMarkBlankLinesQuotesAndBadRows() throws IOException {
        Path file = dir.resolve("ecos-utf8.csv");
        Files.write(file, withBom("""
                123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                123456222,PRV,2/30/1999,Life,Grades (6-12),SEC,HIS
                123456333,PRV,5/16/1976,someday,Grades (6-12),SEC,HPE
                123456444,STD,12/17/2013,1/31/2019,Grades (6-12),SEC

                  \s
                12345 6555,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                1234567890,STD,1/1/2015,12/31/2010,Grades (EC-12),PRF,PRN
                ,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                123456777,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN,EXTRA
                " 123456888",STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                123-45-6999,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                123456100, ,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                123456101,std , 1/1/2015 , LIFE ,"Grades (EC-6), bilingual",prf,"B""ED"
                123456102,INT,1/1/2015,12/31/2020,"Grades
                (4-8)",SEC,MTH
                123456103,ECRT,13/1/2015,12/31/2020,Grades (4-8),SEC,MTH
                ,,,,,,
                garbage
                123456104,VIT,1/1/2015,12/31/2020,Grades (4-8),SEC,Espa\u00f1ol
                """.getBytes(StandardCharsets.UTF_8)));
        Issues issues = new Issues();

        List<Certificate> certificates = CertificationFile.read(InputFile.of(file), issues);

        assertThat(certificates).containsExactly(
                new Certificate(1L, "123456111", "PRV", LocalDate.parse("1976-05-16"), null, "Grades (PK-12)", "ALL", "HPE"),
                new Certificate(7L, "123456555", "STD", LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31"), "Grades (EC-12)", "PRF", "PRN"),
                new Certificate(8L, "1234567890", "STD", LocalDate.parse("2015-01-01"), LocalDate.parse("2010-12-31"), "Grades (EC-12)", "PRF", "PRN"),
                new Certificate(11L, "123456888", "STD", LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31"), "Grades (EC-12)", "PRF", "PRN"),
                new Certificate(12L, "123456999", "STD", LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31"), "Grades (EC-12)", "PRF", "PRN"),
                new Certificate(14L, "123456101", "std", LocalDate.parse("2015-01-01"), null, "Grades (EC-6), bilingual", "prf", "B\"ED"),
                new Certificate(15L, "123456102", "INT", LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31"), "Grades\n(4-8)", "SEC", "MTH"),
                new Certificate(19L, "123456104", "VIT", LocalDate.parse("2015-01-01"), LocalDate.parse("2020-12-31"), "Grades (4-8)", "SEC", "Espa\u00f1ol"));
        assertThat(issues.all()).containsExactly(
                new Issue(Severity.ERROR, "TX-CERT-EFFECTIVE", "ecos-utf8.csv", 2L, "Effective Date", "2/30/1999", "'2/30/1999' is not a date M/D/YYYY", FIX_EFFECTIVE),
                new Issue(Severity.ERROR, "TX-CERT-EXPIRE", "ecos-utf8.csv", 3L, "Expire Date", "someday", "'someday' is neither a date M/D/YYYY nor Life", FIX_EXPIRE),
                new Issue(Severity.ERROR, "TX-CERT-COLUMNS", "ecos-utf8.csv", 4L, null, "***-**-6444", "Row 4 has 6 columns; a certification row has 7", FIX_COLUMNS),
                new Issue(Severity.WARNING, "TX-CERT-DATES-ORDER", "ecos-utf8.csv", 8L, "Expire Date", "12/31/2010", "Expire Date 12/31/2010 is before Effective Date 1/1/2015", "Check the certificate in ECOS: its Expire Date is before its Effective Date."),
                new Issue(Severity.ERROR, "TX-CERT-STAFF-ID", "ecos-utf8.csv", 9L, "SSN or TX Unique ID", "", "'' is not a 9-digit SSN or a 10-digit TX Unique Staff ID", FIX_STAFF_ID),
                new Issue(Severity.ERROR, "TX-CERT-COLUMNS", "ecos-utf8.csv", 10L, null, "***-**-6777", "Row 10 has 8 columns; a certification row has 7", FIX_COLUMNS),
                new Issue(Severity.ERROR, "TX-CERT-TYPE", "ecos-utf8.csv", 13L, "Cert Typ Code", "", "The Cert Typ Code is blank", "Fill in the Cert Typ Code (e.g. STD, PRO, INT) from ECOS."),
                new Issue(Severity.ERROR, "TX-CERT-EFFECTIVE", "ecos-utf8.csv", 16L, "Effective Date", "13/1/2015", "'13/1/2015' is not a date M/D/YYYY", FIX_EFFECTIVE),
                new Issue(Severity.ERROR, "TX-CERT-STAFF-ID", "ecos-utf8.csv", 17L, "SSN or TX Unique ID", "", "'' is not a 9-digit SSN or a 10-digit TX Unique Staff ID", FIX_STAFF_ID),
                new Issue(Severity.ERROR, "TX-CERT-COLUMNS", "ecos-utf8.csv", 18L, null, "garbage", "Row 18 has 1 column; a certification row has 7", FIX_COLUMNS));
    }

    @Test
    void aWindows1252FileWithAHeaderRowAndShortRows() throws IOException {
        Path file = dir.resolve("ecos-1252.csv");
        Files.write(file, ("SSN,Cert Typ Code,Effective Date,Expire Date,Grade Level,Cert Lvl Code,Field Code\r\n"
                + "123456105,PRO,8/1/2018,7/31/2019,Grades (EC-6),ALL,Espa\u00f1ol\r\n"
                + "\r\n"
                + "12345678,PRO,8/1/2018,7/31/2019,Grades (EC-6),ALL,BIL\r\n"
                + "123456106,OYC,8/1/2018,\u00e9t\u00e9,Grades (EC-6),ALL,BIL\r\n"
                + "123456107,EMP,8/1/2018,7/31/2019,Grades (EC-6),ALL\r\n"
                + "123456108,EMP,8/1/2018\r\n").getBytes(Charset.forName("windows-1252")));
        Issues issues = new Issues();

        List<Certificate> certificates = CertificationFile.read(InputFile.of(file), issues);

        assertThat(certificates).containsExactly(
                new Certificate(2L, "123456105", "PRO", LocalDate.parse("2018-08-01"), LocalDate.parse("2019-07-31"), "Grades (EC-6)", "ALL", "Espa\u00f1ol"),
                new Certificate(4L, "012345678", "PRO", LocalDate.parse("2018-08-01"), LocalDate.parse("2019-07-31"), "Grades (EC-6)", "ALL", "BIL"));
        assertThat(issues.all()).containsExactly(
                new Issue(Severity.WARNING, "TX-CERT-SSN-8-DIGITS", "ecos-1252.csv", 4L, "SSN or TX Unique ID", "***-**-5678", "'***-**-5678' has 8 digits: read as the SSN ***-**-5678 (a leading zero dropped)", "Keep the SSN column as text when the file passes through a spreadsheet: an 8-digit SSN was read with its leading zero restored."),
                new Issue(Severity.ERROR, "TX-CERT-EXPIRE", "ecos-1252.csv", 5L, "Expire Date", "\u00e9t\u00e9", "'\u00e9t\u00e9' is neither a date M/D/YYYY nor Life", FIX_EXPIRE),
                new Issue(Severity.ERROR, "TX-CERT-COLUMNS", "ecos-1252.csv", 6L, null, "***-**-6107", "Row 6 has 6 columns; the header row names 7", FIX_COLUMNS),
                new Issue(Severity.ERROR, "TX-CERT-COLUMNS", "ecos-1252.csv", 7L, null, "***-**-6108", "Row 7 has 3 columns; the header row names 7", FIX_COLUMNS));
    }

    @Test
    void aQuoteLeftOpenRejectsTheFileAsBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("ecos-open-quote.csv"), "123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE\n"
                + "123456112,PRV,5/16/1976,Life,\"Grades (PK-12),ALL,HPE\n");

        assertThatThrownBy(() -> CertificationFile.read(InputFile.of(file), new Issues())).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).issue()).isEqualTo(
                        new Issue(Severity.ERROR, "TX-CERT-UNREADABLE", "ecos-open-quote.csv", 2L, null, null, "ecos-open-quote.csv cannot be read as CSV after row 1: (startline 2) EOF reached before encapsulated token finished", "Drop the staff certification CSV downloaded from ECOS Entities: headerless, seven columns per row.")));
    }

    @Test
    void bindyMapsTheSevenValuesByPositionAsTheyAre() {
        EcosRecord record = EcosRecord.binder().bind(Arrays.asList(" 123456111", " prv ", "", "Life", "Grades (PK-12)", "ALL", "HPE"), 3);

        assertThat(List.of(record.staffId(), record.certType(), record.effectiveDate(), record.expireDate(),
                record.gradeLevel(), record.certLevel(), record.fieldCode()))
                .containsExactly(" 123456111", " prv ", "", "Life", "Grades (PK-12)", "ALL", "HPE");
    }

    private static byte[] withBom(byte[] body) {
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }
}
