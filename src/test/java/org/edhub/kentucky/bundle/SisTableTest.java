package org.edhub.kentucky.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header-driven reading: free column order, tolerant headers, row issues for bad values and missing keys. */
class SisTableTest {
    @TempDir
    Path dir;

    @Test
    void readsByHeaderAndReportsBadValuesAndMissingKeys() throws IOException {
        Path file = dir.resolve("rosters.csv");
        Files.writeString(file, "\uFEFF End_Date ,PERSON_ID,Section_ID, start_date\n"
                + ",0042,100,08/13/2025\n"
                + "2026-02-30,0043,100,2025-08-13\n"
                + ",,100,2025-08-13\n"
                + ",0044,100\n", StandardCharsets.UTF_8);
        Issues issues = new Issues();
        List<Roster> rows = SisTable.read(InputFile.of(file), Roster.LAYOUT, issues);
        assertEquals(List.of(new Roster("100", "0042", LocalDate.of(2025, 8, 13), null),
                new Roster("100", "0043", LocalDate.of(2025, 8, 13), null)), rows);
        assertEquals(List.of("KY-SIS-DATE|3|end_date|2026-02-30", "KY-SIS-KEY|4|person_id|", "KY-SIS-COLUMNS|5|null|null"),
                issues.all().stream().map(i -> i.rule() + "|" + i.row() + "|" + i.field() + "|" + i.value()).toList());
    }

    @Test
    void flagsAndGradesAreChecked() throws IOException {
        Path file = dir.resolve("schools.csv");
        Files.writeString(file, "district_number,district_name,school_number,school_name,state_classification,grade_low,grade_high\n"
                + "165,Adair,001,Adair Elementary,A1,kg,5\n");
        Issues issues = new Issues();
        List<School> rows = SisTable.read(InputFile.of(file), School.LAYOUT, issues);
        assertEquals(List.of(new School("165", "Adair", "001", "Adair Elementary", "A1", "KG", null)), rows);
        assertEquals(List.of("KY-SIS-GRADE|2|grade_high|5"),
                issues.all().stream().map(i -> i.rule() + "|" + i.row() + "|" + i.field() + "|" + i.value()).toList());
        Path staff = dir.resolve("section_staff.csv");
        Files.writeString(staff, "section_id,person_id,staff_type,start_date,end_date\n100,900,X,,\n");
        Issues more = new Issues();
        assertEquals(List.of(new SectionStaff("100", "900", null, null, null)), SisTable.read(InputFile.of(staff), SectionStaff.LAYOUT, more));
        assertEquals("KY-SIS-CODE", more.all().get(0).rule());
    }
}
