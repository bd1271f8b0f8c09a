package org.edhub.kentucky.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.edhub.kentucky.extract.SisIndex;
import org.edhub.core.issue.Severity;
import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SisBundle;
import org.edhub.core.program.Mappings;
import org.junit.jupiter.api.Test;

/** The EERP validation report's checks: which rows they flag, with what severity and fix, and which rows are left out. */
class EerpUploadTest {
    private static final ValidationReference REFERENCE = ValidationReference.load(Mappings.defaults());
    private static final SisIndex DISTRICT = new SisIndex(new SisBundle(List.of(new School("165", "Harlan Valley", "010",
            "Harlan Valley Elementary", "A1", "KG", "05")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

    private static EerpRow row(String person, String epsb, String jobClass, String location) {
        return new EerpRow(person, "165", "2025-2026", epsb, "Adams", "Ann", jobClass, location, "1.0", LocalDate.of(2025, 7, 1));
    }

    private static EerpUpload check(EerpRow... rows) {
        return EerpUpload.check(List.of(rows), DISTRICT, REFERENCE);
    }

    private static void single(EerpUpload upload, EerpCheck check, Severity severity, String code, String message, int uploaded) {
        assertEquals(1, upload.findings().size(), upload.findings().toString());
        EerpFinding f = upload.findings().get(0);
        assertEquals(check, f.check());
        assertEquals(severity, f.check().severity());
        assertEquals(code, f.check().code());
        assertEquals(message, f.message());
        assertEquals(uploaded, upload.uploaded().size());
    }

    @Test
    void aCleanRowIsUploadedWithoutFinding() {
        EerpUpload upload = check(row("1", "400001", "2040", "010"));
        assertEquals(List.of(), upload.findings());
        assertEquals(List.of(row("1", "400001", "2040", "010")), upload.uploaded());
    }

    @Test
    void missingEpsbIdIsAnErrorLeftOut() {
        single(check(row("1", null, "2040", "010")), EerpCheck.MISSING_EPSB_ID, Severity.ERROR, "KY-EERP-NO-EPSB-ID",
                "EPSB ID is blank", 0);
    }

    @Test
    void anEpsbIdWithATrailingSpaceIsMalformedAndLeftOut() {
        single(check(row("1", "400001 ", "2040", "010")), EerpCheck.MALFORMED_EPSB_ID, Severity.ERROR,
                "KY-EERP-MALFORMED-EPSB-ID", "EPSB ID '400001 '", 0);
        assertEquals(true, EerpCheck.MALFORMED_EPSB_ID.fix().contains("Be careful NOT to include leading or trailing spaces"));
    }

    @Test
    void missingJobClassIsAnErrorLeftOut() {
        single(check(row("1", "400001", null, "010")), EerpCheck.MISSING_JOB_CLASS, Severity.ERROR, "KY-EERP-NO-JOB-CLASS",
                "Job class code is blank", 0);
    }

    @Test
    void aJobClassOutsideTheMunisTableIsAnErrorLeftOut() {
        single(check(row("1", "400001", "9999", "010")), EerpCheck.UNKNOWN_JOB_CLASS, Severity.ERROR,
                "KY-EERP-UNKNOWN-JOB-CLASS", "Job class code 9999", 0);
    }

    @Test
    void aLocationThatIsNotASchoolOfTheDistrictIsAnErrorLeftOut() {
        single(check(row("1", "400001", "2040", "099")), EerpCheck.LOCATION_NOT_SCHOOL, Severity.ERROR, "KY-EERP-LOCATION",
                "Location 099", 0);
    }

    @Test
    void theSecondOfTwoIdenticalRowsIsADuplicateLeftOut() {
        EerpUpload upload = check(row("1", "400001", "2040", "010"), row("2", "400001", "2040", "010"));
        single(upload, EerpCheck.DUPLICATE, Severity.ERROR, "KY-EERP-DUPLICATE", "EPSB ID 400001, job class 2040, location 010", 1);
        assertEquals("1", upload.uploaded().get(0).personId());
    }

    @Test
    void jobClass0290IsAWarningAndStaysInTheFile() {
        single(check(row("1", "400001", "0290", "010")), EerpCheck.JOB_CLASS_0290, Severity.WARNING, "KY-EERP-0290",
                "Job class code 0290 (Other Certified Position (last resort))", 1);
        assertEquals(true, EerpCheck.JOB_CLASS_0290.fix().contains("leadteam@education.ky.gov"));
    }
}
