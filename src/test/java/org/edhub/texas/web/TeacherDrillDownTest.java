package org.edhub.texas.web;

import org.edhub.texas.Pr1500Level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.edhub.texas.Pr1500Program;
import org.edhub.core.table.CsvTables;
import org.edhub.core.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over the Texas sample's real outputs: every count of both reports, totals included, lists exactly that many teachers. */
class TeacherDrillDownTest {
    @TempDir
    static Path out;
    static Table teachers;

    @BeforeAll
    static void run() throws IOException {
        Path samples = Path.of("samples/tx");
        new Pr1500Program().run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"),
                Map.of("tx-certifications", files(samples.resolve("tx-certifications")), "tx-peims", files(samples.resolve("tx-peims"))),
                out, ReportFormat.CSV, Mappings.defaults(), new Issues()));
        teachers = CsvTables.read(out.resolve(Pr1500Level.TEACHERS_FILE));
    }

    @Test
    void everyCountListsAsManyTeachersAsItCounts() {
        int checked = 0;
        for (Pr1500Level level : Pr1500Level.values()) {
            Table report = CsvTables.read(out.resolve(level.fileName()));
            List<CampusTable> campuses = CampusTable.of(report, "/t");
            assertThat(campuses).isNotEmpty();
            for (CampusTable campus : campuses) {
                for (CampusTable.Line line : campus.lines()) {
                    for (int i = 0; i < line.cells().size(); i++) {
                        checked += check(level, campus.campusId(), line.assignment(), Pr1500Columns.counts(report).get(i), line.cells().get(i));
                    }
                }
                for (int i = 0; i < campus.totals().size(); i++) {
                    checked += check(level, campus.campusId(), null, Pr1500Columns.counts(report).get(i), campus.totals().get(i));
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void campusTotalsAddUpTheAssignmentLines() {
        Table report = CsvTables.read(out.resolve(Pr1500Level.ELEMENTARY.fileName()));
        for (CampusTable campus : CampusTable.of(report, "/t")) {
            long total = campus.lines().stream().mapToLong(l -> l.cells().get(0).value()).sum();
            assertThat(campus.totals().get(0).value()).isEqualTo(total).isPositive();
            assertThat(campus.totals().get(0).href()).contains("campus=" + campus.campusId()).doesNotContain("assignment=");
        }
    }

    private static int check(Pr1500Level level, String campus, String assignment, String column, CampusTable.Cell cell) {
        TeacherQuery q = new TeacherQuery(campus, assignment, column);
        long listed = teachers.rows().stream().filter(t -> q.test(level, t)).count();
        assertThat(listed).as(level + " " + campus + " " + assignment + " " + column).isEqualTo(cell.value());
        assertThat(cell.href() == null).isEqualTo(cell.value() == 0);
        return 1;
    }

    private static List<InputFile> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().map(InputFile::of).toList();
        }
    }
}
