package org.edhub.kentucky;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.edhub.kentucky.extract.ExtractOptions;
import org.edhub.kentucky.extract.LeadExtract;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Rule;
import org.edhub.kentucky.bundle.CourseCatalog;
import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.SisBundle;
import org.edhub.kentucky.bundle.SisRule;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Feed;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramResult;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.StateProgram;

/**
 * Kentucky KECS LEAD Extract (seed 001): the district's SIS bundle (feed {@code ky-sis}) in, the six
 * {@code KECS_LEAD_*} reports out. The KECS course catalog (feed {@code ky-kecs}) is read when the district has dropped
 * it, for Issues warning 8, in the hub as on the command line; without it warning 8 is skipped and an INFO issue says
 * so. Every row of the Issues report is also a warning of the run; the run's mail leads with their counts.
 */
public final class LeadExtractProgram implements StateProgram {
    public static final String SIS = SisBundle.FEED;
    public static final String KECS = CourseCatalog.FEED;

    private final Clock clock;

    public LeadExtractProgram() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives the reports' Date Time Generated */
    public LeadExtractProgram(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean takesReportPeriod() {
        return true;
    }

    @Override
    public String name() {
        return "ky-lead-extract";
    }

    @Override
    public String state() {
        return KentuckyFeeds.STATE;
    }

    @Override
    public List<Feed> feeds() {
        return List.of(KentuckyFeeds.SIS);
    }

    /** The KECS exports, for their course catalog: read when dropped, never waited for. */
    @Override
    public List<Feed> optionalFeeds() {
        return List.of(KentuckyFeeds.KECS);
    }

    @Override
    public String issueReportName() {
        return "KECS_LEAD_Extract_Run_Issues.csv";
    }

    @Override
    public java.util.Optional<String> deadlinesTable() {
        return java.util.Optional.of(KentuckyFeeds.DEADLINES);
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new java.util.ArrayList<>(List.of(SisRule.values()));
        rules.addAll(List.of(org.edhub.kentucky.extract.LeadWarning.values()));
        return rules;
    }

    @Override
    public void check(String feed, List<InputFile> files, Mappings mappings, IssueSink issues, Path temporaryDir) {
        if (KECS.equals(feed)) CourseCatalog.read(files, issues, temporaryDir);
        else SisBundle.read(files, issues, temporaryDir);
    }

    /** Runs over the requested days (the whole school year by default), every calendar, in the requested format. */
    @Override
    public ProgramResult run(ProgramRequest request) {
        ExtractOptions options = ExtractOptions.of(request);
        LeadExtract extract = compute(request, options);
        return new ProgramResult(write(request, options, extract), ExtractMail.summary(extract, options.format()));
    }

    /** Writes the six reports with the given options and returns their paths. */
    public List<Path> run(ProgramRequest request, ExtractOptions options) {
        return write(request, options, compute(request, options));
    }

    private LeadExtract compute(ProgramRequest request, ExtractOptions options) {
        SisBundle bundle = SisBundle.read(request.inputsOf(SIS), request.issues(), request.temporaryDir());
        Optional<CourseCatalog> catalog = CourseCatalog.read(request.inputsOf(KECS), request.issues(), request.temporaryDir());
        if (catalog.isEmpty()) {
            request.issues().report(SisRule.NO_CATALOG.issue("No KECS course catalog (" + KECS + "/" + CourseCatalog.FILE
                    + "): Issues warning 8 (state course code not in the catalog) was not checked"));
        }
        LeadExtract extract = LeadExtract.compute(bundle, options, LeadReference.load(request.mappings()), catalog);
        ExtractIssues.report(extract.issues(), options.format(), request.issues());
        return extract;
    }

    private List<Path> write(ProgramRequest request, ExtractOptions options, LeadExtract extract) {
        LocalDateTime generated = LocalDateTime.now(clock);
        return LeadReports.of(extract).stream()
                .map(table -> ReportFiles.write(request.outDir(), options.format(), generated, table)).toList();
    }
}
