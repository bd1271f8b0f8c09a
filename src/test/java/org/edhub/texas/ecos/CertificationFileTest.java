package org.edhub.texas.ecos;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.edhub.texas.pr1500.Certificate;
import org.edhub.texas.pr1500.CountingRules;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.text.TextFile;
import org.edhub.core.program.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificationFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSeedRowsQuotedOrNotWithLifeAsNoExpiry() throws IOException {
        Issues issues = new Issues();
        List<Certificate> certs = CertificationFile.read(file("ecos.csv", """
                123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                "123456444","STD","12/17/2013","1/31/2019","Grades (6-12)","SEC","BED"
                """), issues);

        assertThat(issues.all()).isEmpty();
        assertThat(certs).containsExactly(
                new Certificate(1, "123456111", "PRV", LocalDate.of(1976, 5, 16), null, "Grades (PK-12)", "ALL", "HPE"),
                new Certificate(2, "123456444", "STD", LocalDate.of(2013, 12, 17), LocalDate.of(2019, 1, 31), "Grades (6-12)", "SEC", "BED"));
        assertThat(certs.get(0).isLife()).isTrue();
        assertThat(CountingRules.isValidOn(certs.get(1), LocalDate.of(2018, 10, 2))).isTrue();
        assertThat(CountingRules.isValidOn(certs.get(1), LocalDate.of(2019, 1, 31))).isFalse();
    }

    @Test
    void badRowsBecomeIssuesWithTheirRowNumbersAndTheOtherRowsAreKept() throws IOException {
        Issues issues = new Issues();
        List<Certificate> certs = CertificationFile.read(file("ecos.csv", """
                123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                123456222,PRV,2/30/1999,Life,Grades (6-12),SEC,HIS
                123456333,PRV,5/16/1976,someday,Grades (6-12),SEC,HPE
                123456444,STD,12/17/2013,1/31/2019,Grades (6-12),SEC

                12345 6555,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                1234567890,STD,1/1/2015,12/31/2010,Grades (EC-12),PRF,PRN
                ,STD,1/1/2015,12/31/2020,Grades (EC-12),PRF,PRN
                """), issues);

        assertThat(certs).extracting(Certificate::row).containsExactly(1L, 6L, 7L);
        assertThat(issues.all()).extracting(Issue::rule, Issue::row, Issue::field, Issue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TX-CERT-EFFECTIVE", 2L, "Effective Date", "2/30/1999"),
                org.assertj.core.groups.Tuple.tuple("TX-CERT-EXPIRE", 3L, "Expire Date", "someday"),
                org.assertj.core.groups.Tuple.tuple("TX-CERT-COLUMNS", 4L, null, "***-**-6444"),
                org.assertj.core.groups.Tuple.tuple("TX-CERT-DATES-ORDER", 7L, "Expire Date", "12/31/2010"),
                org.assertj.core.groups.Tuple.tuple("TX-CERT-STAFF-ID", 8L, "SSN or TX Unique ID", ""));
        assertThat(issues.all()).allSatisfy(i -> assertThat(i.file()).isEqualTo("ecos.csv"));
        assertThat(issues.all().get(3).message()).doesNotContain("123456555");
    }

    @Test
    void aFirstRowThatNamesColumnsIsAHeader() throws IOException {
        Issues issues = new Issues();
        List<Certificate> certs = CertificationFile.read(file("ecos.csv", """
                SSN,Cert Typ Code,Effective Date,Expire Date,Grade Level,Cert Lvl Code,Field Code
                123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                """), issues);
        assertThat(certs).hasSize(1);
        assertThat(issues.all()).isEmpty();
    }

    @Test
    void aHeaderWithTheColumnsInAnyOrderAndOthersBesideIsReadByName() throws IOException {
        Issues issues = new Issues();
        List<Certificate> certs = CertificationFile.read(file("ecos.csv", """
                Last Name,Field Code,Cert Expire Date,TX Unique Staff ID,Grade Level,Cert Typ Code,Cert Lvl Code,Cert Effective Date,Cert Status Desc
                Smith,HPE,Life,1000000001,Grades (PK-12),PRV,ALL,5/16/1976,Active
                """), issues);
        assertThat(certs).containsExactly(new Certificate(2L, "1000000001", "PRV", java.time.LocalDate.of(1976, 5, 16), null,
                "Grades (PK-12)", "ALL", "HPE"));
        assertThat(issues.all()).isEmpty();
    }

    @Test
    void aHeaderWithoutAnIdentifierColumnRejectsTheFileNamingTheColumnsFound() throws IOException {
        InputFile f = file("ecos.csv", """
                First Name,Last Name,Cert Typ Code,Cert Effective Date,Cert Expire Date,Grade Level,Cert Lvl Code,Field Code
                Ann,Smith,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificationFile.read(f, new Issues()))
                .isInstanceOf(org.edhub.core.issue.InputRejected.class)
                .satisfies(e -> {
                    Issue i = ((org.edhub.core.issue.InputRejected) e).issue();
                    assertThat(i.rule()).isEqualTo("TX-CERT-HEADER-COLUMNS");
                    assertThat(i.message()).contains("SSN or TX Unique ID").contains("First Name, Last Name, Cert Typ Code");
                });
    }

    @Test
    void aByteOrderMarkAndWindows1252TextAreRead() throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE\n".getBytes(StandardCharsets.UTF_8)));
        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, "123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,Espa\u00f1ol\n".getBytes(Charset.forName("windows-1252")));

        assertThat(CertificationFile.read(InputFile.of(bom), new Issues())).extracting(Certificate::staffId).containsExactly("123456111");
        assertThat(CertificationFile.read(InputFile.of(cp1252), new Issues())).extracting(Certificate::field).containsExactly("Espa\u00f1ol");
    }

    @Test
    void aFileWithNoCertificateRowIsRejectedWhole() throws IOException {
        InputFile xml = file("certs.csv", "<?xml version=\"1.0\"?>\n<Interchange/>\n");
        assertThatThrownBy(() -> CertificationFile.read(xml, new Issues())).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).issue()).satisfies(i -> {
                    assertThat(i.rule()).isEqualTo("TX-CERT-UNREADABLE");
                    assertThat(i.file()).isEqualTo("certs.csv");
                    assertThat(i.message()).isEqualTo("No certificate row in the file; the first problem: Row 1 has 1 column; a certification row has 7");
                }));
        assertThatThrownBy(() -> CertificationFile.read(file("empty.csv", ""), new Issues()))
                .hasMessageContaining("The file is empty");
    }

    /** Issue 12, issue floods: one good row and a million one-column rows are rejected whole, quickly, in little memory. */
    @Test
    void aFileWhoseRowsAreMostlyBadIsRejectedWholeWithTheFirstProblem() throws IOException {
        StringBuilder rows = new StringBuilder("123456789,STD,6/1/2016,5/31/2021,Grades (6-12),SEC,ENG\n");
        for (int i = 0; i < 1_000_000; i++) rows.append("x\n");
        InputFile flood = file("flood.csv", rows.toString());
        assertThatThrownBy(() -> CertificationFile.read(flood, new Issues())).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).issue()).satisfies(i -> {
                    assertThat(i.rule()).isEqualTo("TX-CERT-MOSTLY-UNREADABLE");
                    assertThat(i.message()).isEqualTo("1000000 of 1000001 certificate rows cannot be read; the first problem: "
                            + "flood.csv row 2: Row 2 has 1 column; a certification row has 7");
                }));
        StringBuilder few = new StringBuilder();
        for (int i = 0; i < 19; i++) few.append("x\n");
        few.append("123456789,STD,6/1/2016,5/31/2021,Grades (6-12),SEC,ENG\n");
        Issues issues = new Issues();
        assertThat(CertificationFile.read(file("few.csv", few.toString()), issues)).hasSize(1);
        assertThat(issues.all()).as("19 bad rows beside one good row: still used, each reported").hasSize(19);
    }

    @Test
    void aBinaryFileIsRejectedAsNotText() throws IOException {
        Path zip = dir.resolve("certs.csv");
        Files.write(zip, new byte[]{'P', 'K', 3, 4, 0, 0, 1});
        assertThatThrownBy(() -> CertificationFile.read(InputFile.of(zip), new Issues())).isInstanceOf(InputRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).issue().rule()).isEqualTo(TextFile.NOT_TEXT))
                .hasMessageContaining("a NUL byte at offset 4");
    }

    private InputFile file(String name, String content) throws IOException {
        return InputFile.of(Files.writeString(dir.resolve(name), content));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void certificateKeysWithDashesSpacesOrDotsAndEightDigitSsnsAreMatchedInTheirNineDigitForm() throws IOException {
        Issues issues = new Issues();
        List<Certificate> certs = CertificationFile.read(file("keys.csv", """
                123-45-6789,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                123 45 6780,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                123.45.6781,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                23456782,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                1000000001,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                12-345-67,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                100-000-0001,STD,1/1/2015,Life,Grades (6-12),SEC,BIO
                """), issues);
        assertThat(certs).extracting(Certificate::staffId)
                .containsExactly("123456789", "123456780", "123456781", "023456782", "1000000001");
        assertThat(issues.all()).extracting(Issue::rule)
                .containsExactly("TX-CERT-SSN-8-DIGITS", "TX-CERT-STAFF-ID", "TX-CERT-STAFF-ID");
        assertThat(issues.all()).extracting(Issue::value).containsExactly("***-**-6782", "***-**-4567", "100-000-0001");
        assertThat(issues.all()).allSatisfy(i -> assertThat(i.message()).doesNotContain("23456782"));
    }

    @Test
    void anSsnWithDashesIsMaskedInEveryIssueValue() throws IOException {
        Issues issues = new Issues();
        CertificationFile.read(file("masked.csv", """
                123456111,PRV,5/16/1976,Life,Grades (PK-12),ALL,HPE
                123-45-6789,STD,1/1/2015
                123-45-6789,STD,someday,Life,Grades (6-12),SEC,BIO
                """), issues);
        assertThat(issues.all()).isNotEmpty().allSatisfy(i -> {
            assertThat(String.valueOf(i.value())).doesNotContain("123-45");
            assertThat(i.message()).doesNotContain("123-45");
        });
    }
}
