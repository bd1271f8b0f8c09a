package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.Mappings;
import org.edhub.texas.report.Pr1500Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions of texas-pr1500.md's last section, each under its own name. */
class Pr1500DecisionsTest {
    @Test
    void codesAreTrimmedAndUpperCasedBeforeLookup() {
        ServiceIdTable t = new ServiceIdTable().add("SE000001", Assignment.GENERALIST, ServiceLevel.BOTH)
                .add("0310*", Assignment.MATHEMATICS, ServiceLevel.SEC);
        assertEquals(Assignment.GENERALIST, t.lookup(" se000001 ").assignment());
        assertEquals(Assignment.MATHEMATICS, t.lookup("03100500 ").assignment());
        CertTypeTable types = CertTypeTable.read(
                new ByteArrayInputStream("cert_type,category\nSTD,Standard\n".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("district_id,cert_type\n".getBytes(StandardCharsets.UTF_8)), "099902");
        assertTrue(types.isKnown(" std"));
        assertEquals(Grades.KG, Grades.ofGradeLevelCode(" kg"));
    }

    @Test
    void aMappingTableRowThatCannotBeReadStopsTheRunWithAnErrorNamingFileLineAndValue(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("tx"));
        Files.writeString(folder.resolve("tx/service-ids.csv"), """
                # a comment
                service_id,assignment,level,translation,source
                03100500,Mathematics,SEC,Algebra I,C022
                03220100,English,SEC,English I,C022
                """);
        InputRejected e = assertThrows(InputRejected.class, () -> Pr1500Tables.load(new Mappings(folder), "099902"));
        Issue i = e.issue();
        assertEquals(Severity.ERROR, i.severity());
        assertEquals("TX-PR1500-MAPPING-ROW", i.rule());
        assertEquals("tx/service-ids.csv", i.file());
        assertEquals(4L, i.row());
        assertEquals("assignment", i.field());
        assertEquals("English", i.value());

        Files.writeString(folder.resolve("tx/service-ids.csv"), "service_id,assignment,level\n03100500,Mathematics,HIGH\n");
        Issue level = assertThrows(InputRejected.class, () -> Pr1500Tables.load(new Mappings(folder), "099902")).issue();
        assertEquals(2L, level.row());
        assertEquals("HIGH", level.value());

        Files.delete(folder.resolve("tx/service-ids.csv"));
        Files.writeString(folder.resolve("tx/cert-types.csv"), "cert_type,category\nSTD,Standard\nXYZ,Gold\n");
        Issue category = assertThrows(InputRejected.class, () -> Pr1500Tables.load(new Mappings(folder), "099902")).issue();
        assertEquals("tx/cert-types.csv", category.file());
        assertEquals(3L, category.row());
        assertEquals("Gold", category.value());
    }

    @Test
    void certificateGradeLevelTextsAreReadInAnyOfTheirWritings() {
        for (String text : List.of("Grades (6-12)", "Grades 6-12", "(6-12)", "grades (06-12)", "GRADES ( 6 - 12 )", "Grade 6-12")) {
            assertArrayEquals(new int[] {6, 12}, Grades.ofCertificateGradeLevel(text), text);
        }
        assertArrayEquals(new int[] {Grades.PK, 6}, Grades.ofCertificateGradeLevel("grades (ec-6)"));
        assertArrayEquals(new int[] {Grades.KG, 5}, Grades.ofCertificateGradeLevel("Grades K-5"));
        assertArrayEquals(new int[] {Grades.KG, 5}, Grades.ofCertificateGradeLevel("(kg-05)"));
        assertNull(Grades.ofCertificateGradeLevel("Grades (12-6)"), "a reversed range is not read");
        assertNull(Grades.ofCertificateGradeLevel("Grades (All Levels)"));
        assertNull(Grades.ofCertificateGradeLevel("Grades (6-13)"));
    }
}
