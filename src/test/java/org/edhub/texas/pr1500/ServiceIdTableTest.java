package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ServiceIdTableTest {
    @Test
    void exactWinsOverPatternAndLongerPatternOverShorter() {
        ServiceIdTable t = new ServiceIdTable()
                .add("03*", Assignment.OTHER, ServiceLevel.SEC)
                .add("0310*", Assignment.MATHEMATICS, ServiceLevel.SEC)
                .add("03100500", Assignment.SCIENCE, ServiceLevel.SEC)
                .add("12345XXX", Assignment.CTE, ServiceLevel.SEC);
        assertEquals(Assignment.SCIENCE, t.lookup("03100500").assignment());
        assertEquals(Assignment.MATHEMATICS, t.lookup("03100700").assignment());
        assertEquals(Assignment.OTHER, t.lookup("03220100").assignment());
        assertEquals(Assignment.CTE, t.lookup("12345ABC").assignment());
        assertNull(t.lookup("99999999"));
    }

    @Test
    void thePackagedTableReadsAndMapsTheSeedsSpecialEducationCodes() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("mappings/tx/service-ids.csv"))) {
            ServiceIdTable t = ServiceIdTable.read(in, "service-ids.csv");
            assertTrue(t.size() > 70);
            for (int i = 1; i <= 6; i++) {
                ServiceIdTable.Mapping m = t.lookup("SE00000" + i);
                assertEquals(Assignment.GENERALIST, m.assignment());
                assertEquals(ServiceLevel.BOTH, m.level());
            }
            assertEquals(Assignment.SPECIAL_EDUCATION, t.lookup("SE000007").assignment());
            assertEquals(ServiceLevel.ELEM, t.lookup("SE000007").level());
            assertEquals(Assignment.GENERALIST, t.lookup("02030000").assignment());
            assertEquals(Assignment.LOTE, t.lookup("02111000").assignment());
        }
    }
}
