package org.edhub.kentucky.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.edhub.core.program.Mappings;
import org.junit.jupiter.api.Test;

/**
 * The caseload limits of 707 KAR 1:350 §3 (mappings/ky/caseload-limits.csv): each limit, primary and secondary, is
 * Clear at its boundary and a warning one student over it; no limit where §3 sets none.
 */
class CaseloadLimitsTest {
    private static final CaseloadLimits LIMITS = CaseloadLimits.load(Mappings.defaults());

    private static ValidationResult caseload(String disability, int students, String band) {
        TreeMap<String, Integer> byDisability = new TreeMap<>();
        byDisability.put(disability, students);
        Integer limit = LIMITS.lowest(Set.of(disability), Set.of(band));
        return CaseloadValidation.decide(new CaseloadCase("20003", "400003", true, true, List.of(), students, byDisability,
                List.of(), limit));
    }

    private static void boundary(String disability, String band, int limit) {
        ValidationResult at = caseload(disability, limit, band);
        assertEquals(ValidationCategory.CLEAR, at.category(), disability + " " + band + " at " + limit + ": " + at);
        ValidationResult over = caseload(disability, limit + 1, band);
        assertEquals(ValidationCategory.WARNING, over.category(), disability + " " + band + " at " + (limit + 1));
        assertEquals("Caseload of " + (limit + 1) + " exceeds the limit of " + limit, over.result());
    }

    @Test
    void primaryLimitsAreClearAtTheBoundaryAndAWarningOneOver() {
        for (String[] l : new String[][] {{"EBD", "15"}, {"FMD", "10"}, {"HI", "8"}, {"MMD", "15"}, {"MD", "10"}, {"OI", "20"},
                {"OHI", "20"}, {"SLD", "15"}, {"VI", "10"}, {"SLI", "65"}}) {
            boundary(l[0], CaseloadLimits.PRIMARY, Integer.parseInt(l[1]));
        }
    }

    @Test
    void secondaryLimitsAreClearAtTheBoundaryAndAWarningOneOver() {
        for (String[] l : new String[][] {{"EBD", "15"}, {"FMD", "10"}, {"HI", "8"}, {"MMD", "20"}, {"MD", "10"}, {"OI", "20"},
                {"OHI", "20"}, {"SLD", "20"}, {"VI", "10"}, {"SLI", "65"}}) {
            boundary(l[0], CaseloadLimits.SECONDARY, Integer.parseInt(l[1]));
        }
    }

    @Test
    void section3SetsNoLimitForAutismDeafBlindnessDevelopmentalDelayAndTraumaticBrainInjury() {
        for (String d : List.of("AUT", "DB", "DD", "TBI")) {
            for (String band : List.of(CaseloadLimits.PRIMARY, CaseloadLimits.SECONDARY)) {
                assertNull(LIMITS.lowest(Set.of(d), Set.of(band)), d);
                assertEquals(ValidationCategory.CLEAR, caseload(d, 100, band).category(), d);
            }
        }
    }

    @Test
    void theBandComesFromTheStudentsGradesPrimaryUpToGrade5() {
        assertEquals(CaseloadLimits.PRIMARY, CaseloadLimits.band("PK"));
        assertEquals(CaseloadLimits.PRIMARY, CaseloadLimits.band("KG"));
        assertEquals(CaseloadLimits.PRIMARY, CaseloadLimits.band("05"));
        assertEquals(CaseloadLimits.SECONDARY, CaseloadLimits.band("06"));
        assertEquals(CaseloadLimits.SECONDARY, CaseloadLimits.band("14"));
        assertNull(CaseloadLimits.band(null));
        assertEquals(15, LIMITS.lowest(Set.of("SLD"), Set.of(CaseloadLimits.PRIMARY, CaseloadLimits.SECONDARY)),
                "primary and secondary students: the lower limit");
        assertEquals(8, LIMITS.lowest(Set.of("SLD", "HI", "AUT"), Set.of(CaseloadLimits.SECONDARY)),
                "several disabilities: the lowest of their limits");
    }

    @Test
    void everyRowOfTheTableNamesItsSourceAndTheCollaborativeModelIsNotAppliedAsAResourceLimit() {
        List<String> missing = new ArrayList<>();
        for (CaseloadLimits.Limit l : LIMITS.limits()) {
            if (l.source() == null || l.source().isBlank()) missing.add(l.disability() + " " + l.serviceModel());
        }
        assertEquals(List.of(), missing);
        assertEquals(20, LIMITS.lowest(Set.of("OHI"), Set.of(CaseloadLimits.PRIMARY)),
                "OHI primary: §3's 20, not the collaborative model's 15 (the SIS carries no service model)");
    }
}
