package org.edhub.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one SSN masking: every form in an SSN position, the unambiguous forms in any text, and what stays readable. */
class SsnTest {
    private static final String ECOS_ID = Ssn.FIELD;

    @ParameterizedTest(name = "[{0}] in the ECOS identifier column")
    @CsvSource(delimiter = '|', value = {
            "123-45-6789      | ***-**-6789",
            "123 45 6789      | ***-**-6789",
            "123.45.6789      | ***-**-6789",
            "123-45 6789      | ***-**-6789",
            "123456789        | ***-**-6789",
            "123456789.0      | ***-**-6789",
            "123456789.00     | ***-**-6789",
            "12345678         | ***-**-5678",
            "12345678.0       | ***-**-5678",
            "1234567          | ***-**-4567",
            "1.23456789E8     | ***-**-6789",
            "1.23456789E+08   | ***-**-6789",
            "'  123456789 '   | ***-**-6789",
            "SSN 123456789    | SSN ***-**-6789",
            "123456789x       | ***-**-6789x",
    })
    void everyWritingOfAnSsnInItsPositionIsMasked(String written, String shown) {
        assertThat(Ssn.mask(ECOS_ID, written)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "[{0}] is an SSN position")
    @ValueSource(strings = {"SSN or TX Unique ID", "SSN", "ssn", "Social Security Number", "social_security_number",
            "StaffIdentificationCode/ID", "TX Unique Staff ID", "StaffUniqueStateId",
            "TX-StaffReference/StaffIdentity/StaffUniqueStateId", "TX-UNIQUE-STAFF-ID"})
    void fieldsNamedForAnSsnOrATxUniqueStaffIdAreSsnPositions(String field) {
        assertThat(Ssn.mask(field, "123456789")).isEqualTo("***-**-6789");
        assertThat(Ssn.mask(field, "12345678")).isEqualTo("***-**-5678");
    }

    @ParameterizedTest(name = "[{0}] stays readable in the ECOS identifier column")
    @ValueSource(strings = {"1000000013", "1000000013.0", "N/A", "", "12345", "***-**-6789", "123-456-7890", "12345678901"})
    void aTxUniqueStaffIdAndWhatCannotBeAnSsnStayReadableInAnSsnPosition(String written) {
        assertThat(Ssn.mask(ECOS_ID, written)).isEqualTo(written);
    }

    @ParameterizedTest(name = "[{0}] in a message")
    @CsvSource(delimiter = '|', value = {
            "value 123-45-6789 is not a date             | value ***-**-6789 is not a date",
            "record of 123 45 6789; it was skipped       | record of ***-**-6789; it was skipped",
            "record of 123.45.6789                       | record of ***-**-6789",
            "staff 123456789.0 is unknown                | staff ***-**-6789 is unknown",
            "SSN 123456789 twice                         | SSN ***-**-6789 twice",
            "ssn: 12345678 twice                         | ssn: ***-**-5678 twice",
            "Social Security Number 123456789            | Social Security Number ***-**-6789",
            "two: 111-22-3333 and 444 55 6666            | two: ***-**-3333 and ***-**-6666",
            "25-26 Elementary 010 123-45-6789            | 25-26 Elementary 010 ***-**-6789",
            "School 101 444.55 6666                      | School 101 ***-**-6666",
            "ends 123-45-6789                            | ends ***-**-6789",
    })
    void theUnambiguousWritingsAreMaskedInAnyText(String text, String shown) {
        assertThat(Ssn.mask(null, text)).isEqualTo(shown);
        assertThat(Ssn.mask("Message", text)).isEqualTo(Ssn.mask(null, text));
    }

    @ParameterizedTest(name = "[{0}] stays readable in a text")
    @ValueSource(strings = {
            "Campus 099902101 has staff responsibilities (30090) but no student enrollments",
            "Teacher 1000000013 has teaching responsibilities but no StaffExtension (30040) record",
            "Service ID '02030000' of teacher 1000000008 at campus 099902101",
            "'12345678' has 8 digits",
            "the snapshot of 2018-10-02, call 555-123-4567, ZIP 78701-1234",
            "1234567890.0 and 12345678.0 and 123456789.5",
            "version 1.2.3, 10 20 3000 students, EPSB ID 1234567",
            "'***-**-6789' is not a 9-digit SSN or a 10-digit TX Unique Staff ID"})
    void identifiersThatAreNotSsnsStayReadableInText(String text) {
        assertThat(Ssn.mask(null, text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}] stays readable under {1}")
    @CsvSource({"099902101,Campus ID", "099902101,CAMPUS-ID", "123456789,Person ID", "12345678,TX-ServiceId",
            "1234567890,State ID", "099902,District ID"})
    void nineDigitsInAnotherColumnStayReadable(String value, String column) {
        assertThat(Ssn.mask(column, value)).isEqualTo(value);
    }

    @Test
    void theQuickCheckPassesEveryTextTheRegularExpressionsWouldMask() {
        java.util.Random random = new java.util.Random(16);
        String[] pieces = {"-", ".", " ", ".0", "a", "SSN", "ssn: ", "Social Security ", "District ", "/"};
        int masked = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                if (random.nextBoolean()) text.append(pieces[random.nextInt(pieces.length)]);
                else for (int d = 1 + random.nextInt(10); d > 0; d--) text.append((char) ('0' + random.nextInt(10)));
            }
            String value = text.toString();
            String byPatterns = Ssn.text(value);
            if (!byPatterns.equals(value)) masked++;
            assertThat(Ssn.mask(null, value)).as(value).isEqualTo(byPatterns);
        }
        assertThat(masked).as("random texts the regular expressions masked").isGreaterThan(100);
    }

    @Test
    void maskingTwiceIsMaskingOnce() {
        for (String s : new String[]{"123-45-6789", "123456789.0", "12345678", "SSN 123456789"}) {
            String once = Ssn.mask(ECOS_ID, s);
            assertThat(Ssn.mask(ECOS_ID, once)).isEqualTo(once);
            assertThat(Ssn.mask(null, once)).isEqualTo(once);
        }
    }

    @Test
    void onlyColumnsNamedForAnSsnNameAnSsn() {
        assertThat(Ssn.namesAnSsn("SSN")).isTrue();
        assertThat(Ssn.namesAnSsn("Employee_SSN")).isTrue();
        assertThat(Ssn.namesAnSsn("Social Security Number")).isTrue();
        assertThat(Ssn.namesAnSsn("StaffIdentificationCode/ID")).isTrue();
        assertThat(Ssn.namesAnSsn("TX Unique Staff ID")).isFalse();
        assertThat(Ssn.namesAnSsn("Lesson")).isFalse();
        assertThat(Ssn.namesAnSsn(null)).isFalse();
    }

    @Test
    void nothingIsNothing() {
        assertThat(Ssn.mask(ECOS_ID, null)).isNull();
        assertThat(Ssn.mask(null, null)).isNull();
    }
}
