package org.edhub.kentucky.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.Educator;
import org.edhub.kentucky.bundle.KecsBundle;
import org.junit.jupiter.api.Test;

/** An EPSB ID is matched to KECS exactly as written: a trailing space is an Invalid EPSB ID, never trimmed into a match. */
class EpsbIdMatchTest {
    private final KecsIndex kecs = new KecsIndex(new KecsBundle(List.of(new Educator("400001", "Ann", "Adams", 10)), List.of(),
            List.of(), new CourseCatalog(List.of()), List.of()), Map.of("271", "COLLEGE_PROFESSOR"));

    @Test
    void onlyTheExactIdIsKnown() {
        assertTrue(kecs.known("400001"));
        assertTrue(kecs.known("271"));
        assertFalse(kecs.known("400001 "));
        assertFalse(kecs.known(" 400001"));
        assertFalse(kecs.known("40000A"));
    }

    @Test
    void aTrailingSpaceIsAnInvalidEpsbIdWithTheSeedsFix() {
        Facts.Course c = new Facts.Course();
        c.epsb = "400001 ";
        c.known = kecs.known(c.epsb);
        ValidationResult r = CourseValidation.decide(c.build());
        assertEquals(4, r.rule());
        assertEquals(ValidationCategory.ERROR, r.category());
        assertEquals("Invalid EPSB ID", r.result());
        assertEquals("KY-LEAD-COURSE-INVALID-EPSB-ID", r.code());
        assertTrue(r.fixText().contains("Be careful NOT to include leading or trailing spaces"), r.fixText());
    }
}
