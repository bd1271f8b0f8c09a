package org.edhub.hub.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.edhub.core.table.CsvTables;
import org.edhub.kentucky.LeadValidationProgram;
import org.edhub.kentucky.web.ResultKind;
import org.edhub.hub.run.RunStatus;
import org.edhub.hub.run.RunStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A LEAD validation run of the Kentucky sample district (samples/ky: Harlan Valley Independent), its outputs written
 * by the real validation program, plus an SSN column appended to the course results and an issue holding an SSN:
 * the dashboard must never show either.
 */
final class LeadFixture {
    static final String SSN = "123-45-6789";
    static final String COURSE_FILE = "LEAD_Course_Validations.csv";

    private LeadFixture() {
    }

    static long create(RunStore runs, Path dataDir, String district) {
        long id = runs.start(district, "ky-lead-validation", "2025-2026", null);
        Path dir = dataDir.resolve("runs").resolve(Long.toString(id));
        Issues issues = new Issues();
        List<Path> written = new LeadValidationProgram().run(new ProgramRequest(district, SchoolYear.parse("2025-2026"),
                Map.of("ky-sis", files("ky-sis"), "ky-kecs", files("ky-kecs")), dir, ReportFormat.CSV, Mappings.defaults(), issues)).outputs();
        appendSsnColumn(dir.resolve(COURSE_FILE));
        issues.report(new Issue(Severity.ERROR, "KY-SIS-DATE", "staff_employment.csv", 12L, "start_date", SSN,
                "'" + SSN + "' is not a date", "Check the column order of staff_employment.csv"));
        Map<String, Path> outputs = new LinkedHashMap<>();
        written.forEach(p -> outputs.put(p.getFileName().toString(), p));
        runs.finish(id, RunStatus.COMPLETED_WITH_ISSUES, issues, "COMPLETED_WITH_ISSUES", dir, outputs);
        return id;
    }

    /** How many course results the run has at a school and in a category ({@code null}: any). */
    static int courses(Path dataDir, long run, String school, String category) {
        return (int) lines(dataDir, run, COURSE_FILE).stream().skip(1)
                .filter(l -> school == null || l.contains(",165," + school + ","))
                .filter(l -> category == null || l.contains("," + category + ",")).count();
    }

    /** How many issues of a severity the run has per rule, as stored. */
    static Map<String, Integer> issuesByRule(JdbcTemplate db, long run, String severity) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.query("select rule, count(*) n from run_issue where run_id = ? and severity = ? group by rule",
                r -> { counts.put(r.getString("rule"), r.getInt("n")); }, run, severity);
        return counts;
    }

    /** The kinds of result of the run's courses, as the result chart has them. */
    static Set<String> courseResultKinds(Path dataDir, long run) {
        Path file = dataDir.resolve("runs").resolve(Long.toString(run)).resolve(COURSE_FILE);
        return CsvTables.read(file).rows().stream().map(r -> ResultKind.of(r.get("Result"))).collect(Collectors.toSet());
    }

    /** How many result rows an output of the run has. */
    static int rows(Path dataDir, long run, String output) {
        return lines(dataDir, run, output).size() - 1;
    }

    private static List<String> lines(Path dataDir, long run, String output) {
        try {
            return Files.readAllLines(dataDir.resolve("runs").resolve(Long.toString(run)).resolve(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<InputFile> files(String feed) {
        try (Stream<Path> s = Files.list(Path.of("samples/ky").resolve(feed))) {
            return s.sorted().map(InputFile::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendSsnColumn(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.set(0, lines.get(0) + ",SSN");
            for (int i = 1; i < lines.size(); i++) lines.set(i, lines.get(i) + "," + SSN);
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
