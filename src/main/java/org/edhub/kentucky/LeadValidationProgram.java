package org.edhub.kentucky;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.edhub.kentucky.extract.ExtractOptions;
import org.edhub.kentucky.validation.LeadValidation;
import org.edhub.kentucky.validation.ValidationReference;
import org.edhub.core.report.CsvReport;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Rule;
import org.edhub.kentucky.bundle.SisRule;
import org.edhub.kentucky.validation.EerpCheck;
import org.edhub.kentucky.validation.Fixes;
import org.edhub.kentucky.bundle.KecsBundle;
import org.edhub.kentucky.bundle.School;
import org.edhub.kentucky.bundle.SisBundle;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Feed;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramResult;
import org.edhub.core.program.ResultPage;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.StateProgram;

/**
 * Kentucky LEAD validation (kentucky-lead-validation.md): the SIS bundle ({@code ky-sis}) and the KECS exports
 * ({@code ky-kecs}) in; the six LEAD extract reports it is built on, the Courses, Case Load and Munis results, their
 * summary, the EERP validation report and the EERP upload file out. Every row of the extract's Issues report, every
 * Error, Out of Field and warning result and every EERP finding is also a run issue, with its fix.
 */
public final class LeadValidationProgram implements StateProgram {
    public static final String SIS = SisBundle.FEED;
    public static final String KECS = KecsBundle.FEED;
    public static final String COURSES = "LEAD_Course_Validations";
    public static final String CASELOAD = "LEAD_Caseload_Validations";
    public static final String MUNIS = "LEAD_Munis_Validations";
    public static final String SUMMARY = "LEAD_Validation_Summary";
    public static final String EERP_UPLOAD = "EERP_EPSB_Upload";
    public static final String EERP_VALIDATION = "EERP_EPSB_Upload_Validation";
    /** The file for the state's EERP (Munis) intake: the one output to send to the state's outbound destination. */
    public static final String EERP_UPLOAD_FILE = EERP_UPLOAD + ".csv";

    private final Clock clock;

    public LeadValidationProgram() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives the extract reports' Date Time Generated */
    public LeadValidationProgram(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean takesReportPeriod() {
        return true;
    }

    @Override
    public String name() {
        return "ky-lead-validation";
    }

    @Override
    public String state() {
        return KentuckyFeeds.STATE;
    }

    @Override
    public List<Feed> feeds() {
        return List.of(KentuckyFeeds.SIS, KentuckyFeeds.KECS);
    }

    @Override
    public String issueReportName() {
        return "LEAD_Validation_Run_Issues.csv";
    }

    @Override
    public java.util.Optional<String> deadlinesTable() {
        return java.util.Optional.of(KentuckyFeeds.DEADLINES);
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(new LeadExtractProgram().rules()); // it writes the extract's reports too
        rules.addAll(List.of(EerpCheck.values()));
        rules.addAll(Fixes.ALL);
        return rules;
    }

    @Override
    public void check(String feed, List<InputFile> files, Mappings mappings, IssueSink issues, Path temporaryDir) {
        if (KECS.equals(feed)) KecsBundle.read(files, issues, temporaryDir);
        else SisBundle.read(files, issues, temporaryDir);
    }

    @Override
    public ProgramResult run(ProgramRequest request) {
        ExtractOptions options = ExtractOptions.of(request);
        SisBundle sis = SisBundle.read(request.inputsOf(SIS), request.issues(), request.temporaryDir());
        KecsBundle kecs = KecsBundle.read(request.inputsOf(KECS), request.issues(), request.temporaryDir());
        LeadValidation validation = LeadValidation.compute(sis, kecs, options, ValidationReference.load(request.mappings()));
        LocalDateTime generated = LocalDateTime.now(clock);
        List<Path> written = new ArrayList<>(LeadReports.of(validation.extract()).stream()
                .map(table -> ReportFiles.write(request.outDir(), options.format(), generated, table)).toList());
        Map<String, String> schools = sis.schools().stream()
                .collect(Collectors.toMap(School::schoolNumber, s -> s.schoolName() == null ? "" : s.schoolName(), (a, b) -> a));
        String district = sis.schools().isEmpty() ? request.districtId() : sis.schools().get(0).districtNumber();
        for (LeadTable table : LeadValidationReports.of(validation, schools, String.valueOf(request.year().endYear()), district)) {
            written.add(writeCsv(request.outDir(), table));
        }
        written.add(EerpUploadLine.write(request.outDir().resolve(EERP_UPLOAD_FILE), validation.eerp().uploaded()));
        written.add(writeCsv(request.outDir(), LeadValidationReports.eerpValidation(validation)));
        ExtractIssues.report(validation.extract().issues(), options.format(), request.issues());
        ValidationIssues.report(validation, request.issues());
        return new ProgramResult(written, ValidationMail.summary(validation));
    }

    /** A page per validation result the run wrote: charts that filter the rows, each with its fix. */
    @Override
    public List<ResultPage> pages(long runId, Collection<String> outputNames) {
        return Arrays.stream(ResultTable.values()).filter(t -> outputNames.contains(t.fileName()))
                .map(t -> new ResultPage("LEAD " + t.label(), "/runs/" + runId + "/lead/" + t.slug())).toList();
    }

    /** The EERP upload file: the one output the hub sends to the state's outbound destination. */
    @Override
    public List<String> stateUploads() {
        return List.of(EERP_UPLOAD_FILE);
    }

    private static Path writeCsv(Path outDir, LeadTable table) {
        Path target = outDir.resolve(table.name() + ReportFormat.CSV.extension());
        try (CsvReport csv = CsvReport.create(target, table.header())) {
            table.rows().forEach(csv::row);
        }
        return target;
    }
}
