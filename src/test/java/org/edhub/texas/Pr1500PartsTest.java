package org.edhub.texas;

import org.edhub.texas.report.Pr1500Columns;
import org.edhub.texas.report.Pr1500Tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.bench.Generate;
import org.edhub.texas.pr1500.CampusDistricts;
import org.edhub.texas.pr1500.CertificateCatalog;
import org.edhub.texas.pr1500.CountingRules;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.Pr1500Count;
import org.edhub.texas.pr1500.Pr1500Result;
import org.edhub.texas.pr1500.Report;
import org.edhub.core.report.CsvReport;
import org.edhub.texas.ecos.CertificationFile;
import org.edhub.texas.tsds.TsdsReader;
import org.edhub.bench.Tier;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program, counting in many parts on disk, gives the same outputs, byte for byte, as the counting rules applied
 * to every teacher at once in memory ({@link Pr1500Count#count}): on generated statewide-like inputs (several
 * districts, SSN-keyed certificates, teachers without staff records, unmapped service IDs, campuses without
 * enrollments) and on the samples, with one part and with as many parts as the program makes, counted one, two or
 * three at a time.
 */
class Pr1500PartsTest {
    @TempDir
    Path dir;

    @Test
    void manyPartsGiveTheSameOutputsAsOneOnGeneratedInputs() throws IOException {
        Path in = dir.resolve("in");
        Generate.generate(Tier.TINY, "tx", in, Generate.DEFAULT_SEED);
        assertSameOutputs(in, "2018-2019", "local"); // several districts: every campus kept
    }

    @Test
    void manyPartsGiveTheSameOutputsAsOneOnTheSamples() throws IOException {
        assertSameOutputs(Path.of("samples/tx"), "2018-2019", "099902");
    }

    private void assertSameOutputs(Path in, String year, String district) throws IOException {
        Path whole = inMemory(in, year, district);
        for (long inputPerPart : List.of(Long.MAX_VALUE, 1L)) {
            for (int atOnce : inputPerPart == 1 ? List.of(1, 2, 3) : List.of(2)) {
                Path parts = run(in, year, district, inputPerPart, atOnce, "parts-" + inputPerPart + "-" + atOnce);
                for (String name : List.of(Pr1500Program.ELEMENTARY_CSV, Pr1500Program.SECONDARY_CSV,
                        Pr1500Program.TEACHERS_CSV, "issues.txt")) {
                    assertThat(Files.readAllBytes(parts.resolve(name)))
                            .as(name + " in parts of " + inputPerPart + " bytes, " + atOnce + " at a time")
                            .isEqualTo(Files.readAllBytes(whole.resolve(name)));
                }
            }
        }
        assertThat(Files.readAllLines(whole.resolve(Pr1500Program.TEACHERS_CSV)).size()).isGreaterThan(10);
    }

    /** The reference: every input read into memory, counted at once, written with the same columns. */
    private Path inMemory(Path in, String year, String district) throws IOException {
        Path out = Files.createDirectories(dir.resolve("whole"));
        Issues issues = new Issues();
        Pr1500Tables tables = Pr1500Tables.load(Mappings.defaults(), district);
        CertificateCatalog catalog = new CertificateCatalog();
        for (InputFile f : Pr1500ProgramTest.files(in.resolve(Pr1500Program.CERTIFICATIONS))) {
            Issues classified = new Issues();
            CertificationFile.read(f, issues, catalog.adding(f.name(), tables.certTypes(), classified));
            classified.all().forEach(issues::report);
        }
        PeimsFacts facts = null;
        for (InputFile f : Pr1500ProgramTest.files(in.resolve(Pr1500Program.PEIMS))) {
            PeimsFacts file = new PeimsFacts(issues);
            TsdsReader.read(f, CampusDistricts.of(district, file, issues), issues);
            if (facts == null) facts = file;
            else facts.addAll(file);
        }
        SchoolYear schoolYear = SchoolYear.parse(year);
        Pr1500Result result = new Pr1500Count(new CountingRules(tables.snapshot(schoolYear), tables.serviceIds()), issues)
                .count(facts, catalog, district);
        for (Report report : Report.values()) {
            String name = report == Report.ELEMENTARY ? Pr1500Program.ELEMENTARY_CSV : Pr1500Program.SECONDARY_CSV;
            try (CsvReport csv = CsvReport.create(out.resolve(name), Pr1500Columns.REPORT)) {
                result.rows(report).forEach(r -> csv.row(Pr1500Columns.report(r)));
            }
        }
        try (CsvReport csv = CsvReport.create(out.resolve(Pr1500Program.TEACHERS_CSV), Pr1500Columns.TEACHERS)) {
            result.teachers().forEach(t -> csv.row(Pr1500Columns.teacher(t)));
        }
        Files.write(out.resolve("issues.txt"), issues.all().stream().map(Object::toString).toList());
        return out;
    }

    private Path run(Path in, String year, String district, long inputPerPart, int atOnce, String name) throws IOException {
        Path out = dir.resolve(name);
        Map<String, List<InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.PEIMS)));
        Issues issues = new Issues();
        new Pr1500Program(inputPerPart, atOnce).run(new ProgramRequest(district, SchoolYear.parse(year), inputs, out,
                ReportFormat.CSV, Mappings.defaults(), issues));
        Files.write(out.resolve("issues.txt"), issues.all().stream().map(Object::toString).toList());
        return out;
    }
}
