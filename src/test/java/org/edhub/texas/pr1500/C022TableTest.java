package org.edhub.texas.pr1500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.program.Mappings;
import org.edhub.texas.report.Pr1500Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule 4's table against C022: the 97 codes read from TEA's pages (src/test/resources/tx, a copy of the sourced
 * reference table) each land where their translation and section heading put them; a C022 file in TEA's shape
 * replaces the table.
 */
class C022TableTest {
    static ServiceIdTable packaged() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("mappings/tx/service-ids.csv"))) {
            return ServiceIdTable.read(in, "service-ids.csv");
        }
    }

    static List<CSVRecord> sourcedCodes() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("src/test/resources/tx/c022-service-ids-partial.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /** The assignment a C022 translation names, read independently of the table. */
    static Assignment byTranslation(String code, String translation) {
        String t = translation.toLowerCase(Locale.ROOT);
        if (code.startsWith("SE")) return code.equals("SE000007") ? Assignment.SPECIAL_EDUCATION : Assignment.GENERALIST;
        if (code.startsWith("SA") || code.startsWith("SR") || code.startsWith("SS")) return Assignment.OTHER;
        if (t.contains("languages other than english")) return Assignment.LOTE;
        if (t.matches("pre-kindergarten|kindergarten|transition.*|elementary, grades 1-6|grade \\d")) return Assignment.GENERALIST;
        if (t.contains("music") || t.startsWith("art") || t.contains("theatre")) return Assignment.FINE_ARTS;
        if (t.contains("physical education") || t.contains("health") || t.contains("dance")) return Assignment.HEALTH_PE;
        if (t.contains("reading") || t.contains("english") || t.contains("language arts")) return Assignment.ELA_READING;
        if (t.contains("math") || t.contains("algebra")) return Assignment.MATHEMATICS;
        if (t.contains("science") && !t.contains("social") || t.contains("biology") || t.contains("physics")) return Assignment.SCIENCE;
        if (t.contains("social studies") || t.contains("geography")) return Assignment.SOCIAL_STUDIES;
        throw new AssertionError("no assignment read from '" + translation + "'");
    }

    /** The level the heading (or, where C022's heading was not read, the translation's grade band) gives. */
    static ServiceLevel byHeadingOrBand(String code, String heading, String band) {
        if (heading.startsWith("Grades PK - 6")) return ServiceLevel.ELEM;
        if (code.equals("SE000007")) return ServiceLevel.ELEM;
        return switch (band) {
            case "PK-6", "1-6" -> ServiceLevel.ELEM;
            case "6-8", "7-8", "9-12" -> ServiceLevel.SEC;
            case "non-course" -> ServiceLevel.BOTH;
            default -> throw new AssertionError("band " + band);
        };
    }

    @Test
    void theNinetySevenSourcedC022CodesLandInTheAssignmentAndLevelTheirTranslationAndHeadingGive() throws IOException {
        ServiceIdTable table = packaged();
        List<CSVRecord> codes = sourcedCodes();
        assertEquals(97, codes.size());
        List<String> wrong = new ArrayList<>();
        for (CSVRecord c : codes) {
            String code = c.get("code");
            ServiceIdTable.Mapping m = table.lookup(code);
            Assignment assignment = byTranslation(code, c.get("translation"));
            ServiceLevel level = byHeadingOrBand(code, c.get("section_heading"), c.get("grade_band"));
            if (m == null || !m.pattern().equals(code) || m.assignment() != assignment || m.level() != level) {
                wrong.add(code + " " + m + " expected " + assignment + " " + level);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySourcedRowKeepsItsSourceAndEveryOtherRowSaysPatternOrDecision() throws IOException {
        java.util.Map<String, String> sourced = new java.util.HashMap<>();
        for (CSVRecord c : sourcedCodes()) sourced.put(c.get("code"), c.get("source"));
        try (Reader r = Files.newBufferedReader(Path.of("mappings/tx/service-ids.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .build().parse(r)) {
                String source = row.get("source");
                if (sourced.containsKey(row.get("service_id"))) assertEquals(sourced.get(row.get("service_id")), source);
                else assertTrue(source.startsWith("pattern (rests on ") || source.equals("decision"), row.toString());
            }
        }
    }

    @Test
    void theFamilyPatternsPlaceTheCodesTheIssueNamesAsUnmapped() throws IOException {
        ServiceIdTable table = packaged();
        assertEquals(Assignment.ELA_READING, table.lookup("03200530").assignment());
        assertEquals(ServiceLevel.SEC, table.lookup("03200530").level());
        assertEquals(Assignment.MATHEMATICS, table.lookup("02640020").assignment());
        assertEquals(ServiceLevel.ELEM, table.lookup("02640020").level());
        assertEquals(Assignment.HEALTH_PE, table.lookup("03820200").assignment());
        assertEquals(Assignment.LOTE, table.lookup("03440200").assignment());
    }

    @Test
    void aSectionHeadingGivesTheLevel() {
        assertEquals(ServiceLevel.ELEM, ServiceIdTable.levelOfHeading("Grades PK - 6, Elementary"));
        assertEquals(ServiceLevel.SEC, ServiceIdTable.levelOfHeading("Grades 6 - 8"));
        assertEquals(ServiceLevel.SEC, ServiceIdTable.levelOfHeading("Grades 9 - 12"));
        assertEquals(ServiceLevel.BOTH, ServiceIdTable.levelOfHeading("Grades PK - 12"));
        assertNull(ServiceIdTable.levelOfHeading("C343: the codes developed for Special Education and related services."));
    }

    static final String TEA_C022 = """
            Code,Translation,Section Heading
            02620020,"Reading, Grade 2","Grades PK - 6, Elementary"
            03200520,"English Language Arts and Reading, Grade 7",Grades 6 - 8
            03100500,Algebra I (1 Unit),Grades 9 - 12
            13011XXX,Principles of Agriculture,Grades 9 - 12
            SE000001,"Special Education, Generic",C343: the codes developed for Special Education and related services.
            77770000,Something Else,Grades 9 - 12
            03330100,World History Studies,Other Courses
            """;

    @Test
    void aC022FileInTeasShapeReplacesTheTable(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("tx"));
        Files.writeString(folder.resolve("tx/c022.csv"), TEA_C022);
        ServiceIdTable t = Pr1500Tables.load(new Mappings(folder), "099902").serviceIds();
        assertEquals(new ServiceIdTable.Mapping("02620020", Assignment.ELA_READING, ServiceLevel.ELEM), t.lookup("02620020"));
        assertEquals(new ServiceIdTable.Mapping("03200520", Assignment.ELA_READING, ServiceLevel.SEC), t.lookup("03200520"));
        assertEquals(Assignment.MATHEMATICS, t.lookup("03100500").assignment());
        assertEquals(Assignment.CTE, t.lookup("13011123").assignment());
        assertEquals(new ServiceIdTable.Mapping("SE000001", Assignment.GENERALIST, ServiceLevel.BOTH), t.lookup("SE000001"));
        assertNull(t.lookup("03010200"), "a code the C022 file does not list is no longer mapped");
        assertNull(t.lookup("02640010"), "nor are the table's patterns");
        assertEquals(List.of("77770000", "03330100"), t.unplaced().stream().map(ServiceIdTable.Unplaced::code).toList());
        assertNull(t.lookup("77770000"));
        ServiceIdTable.Unplaced history = t.unplaced().get(1);
        assertEquals(8, history.line());
        assertNotNull(history.why());
    }

    @Test
    void aC022FileWithoutAHeaderReadsToo() {
        String rows = TEA_C022.substring(TEA_C022.indexOf('\n') + 1);
        ServiceIdTable t = ServiceIdTable.fromC022(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)),
                "c022.csv", new ServiceIdTable().add("0262*", Assignment.ELA_READING, ServiceLevel.ELEM));
        assertEquals(ServiceLevel.ELEM, t.lookup("02620020").level());
        assertEquals(6, t.unplaced().size());
    }
}
