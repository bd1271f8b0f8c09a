package org.edhub.texas;

import org.edhub.texas.parts.OrderedReads;
import org.edhub.texas.report.Pr1500Columns;
import org.edhub.texas.report.Pr1500Tables;
import org.edhub.texas.report.Pr1500Workbook;
import org.edhub.texas.report.RowHandover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.Pr1500Rule;
import org.edhub.texas.pr1500.Report;
import org.edhub.texas.pr1500.ServiceIdTable;
import org.edhub.core.report.CsvReport;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Rule;
import org.edhub.texas.ecos.CertificationRule;
import org.edhub.texas.tsds.TsdsRule;
import org.edhub.texas.ecos.CertificationFile;
import org.edhub.texas.tsds.TsdsInterchange;
import org.edhub.texas.tsds.TsdsReader;
import org.edhub.texas.pr1500.TsdsRecords;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Feed;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramResult;
import org.edhub.core.program.ResultPage;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.StateProgram;
import org.edhub.texas.parts.Pr1500Output;
import org.edhub.texas.parts.Pr1500Parts;

/**
 * Texas ESSA PR1500 Part 2 (seed 004): teachers by campus and assignment, credential category and experience, from
 * the ECOS certification file and the PEIMS Fall TSDS interchanges. The count runs in parts spilled to the run's
 * temporary folder ({@link Pr1500Parts}, deleted when the run ends), so a statewide run needs no more heap than a
 * district's.
 */
public final class Pr1500Program implements StateProgram {
    public static final String CERTIFICATIONS = "tx-certifications";
    public static final String PEIMS = "tx-peims";
    public static final String ELEMENTARY_CSV = "PR1500_Part2_Elementary.csv";
    public static final String SECONDARY_CSV = "PR1500_Part2_Secondary.csv";
    public static final String TEACHERS_CSV = "PR1500_Part2_Teachers.csv";
    public static final String WORKBOOK = "PR1500_Part2.xlsx";
    private static final List<Feed> FEEDS = List.of(new Feed(CERTIFICATIONS, "TX", Feed.Versions.ONE_FILE),
            new Feed(PEIMS, "TX", Feed.Versions.NEWEST_PER_KIND));
    private final long inputPerPart;
    private final int partsAtOnce;

    /** Parts of {@link Pr1500Parts#INPUT_PER_PART}, counted {@code -Dedhub.pr1500.parts-at-once} (default 2) at a time. */
    public Pr1500Program() {
        this(Pr1500Parts.INPUT_PER_PART, Integer.getInteger(Pr1500Parts.PARTS_AT_ONCE, Pr1500Parts.DEFAULT_PARTS_AT_ONCE));
    }

    /**
     * A program that counts in parts of about {@code inputPerPart} bytes of input (smaller parts: more of them),
     * {@code partsAtOnce} at a time.
     */
    Pr1500Program(long inputPerPart, int partsAtOnce) {
        this.inputPerPart = inputPerPart;
        this.partsAtOnce = partsAtOnce;
    }

    @Override
    public String name() {
        return "tx-pr1500";
    }

    @Override
    public String state() {
        return "TX";
    }

    @Override
    public List<Feed> feeds() {
        return FEEDS;
    }

    @Override
    public String issueReportName() {
        return "PR1500_Issues.csv";
    }

    @Override
    public java.util.Optional<String> deadlinesTable() {
        return java.util.Optional.of("tx/deadlines.csv");
    }

    @Override
    public List<Rule> rules() {
        return Stream.<Rule[]>of(CertificationRule.values(), TsdsRule.values(), Pr1500Rule.values()).flatMap(Arrays::stream).toList();
    }

    @Override
    public void check(String feed, List<InputFile> files, Mappings mappings, IssueSink issues, Path temporaryDir) {
        for (InputFile file : files) {
            switch (feed) {
                case CERTIFICATIONS -> CertificationFile.read(file, issues, certificate -> { });
                case PEIMS -> TsdsReader.read(file, new TsdsRecords() { }, issues);
                default -> throw new IllegalArgumentException(name() + " does not read feed " + feed);
            }
        }
    }

    /** A page per PR1500 report the run wrote, with the teachers behind every count. */
    @Override
    public List<ResultPage> pages(long runId, Collection<String> outputNames) {
        return Arrays.stream(Pr1500Level.values()).filter(l -> outputNames.contains(l.fileName()))
                .map(l -> new ResultPage("PR1500 " + l.label(), "/runs/" + runId + "/pr1500/" + l.slug())).toList();
    }

    /** A PEIMS file is the staff or the student enrollment interchange by its records, whatever its name. */
    @Override
    public String inputKind(String feed, InputFile file) {
        if (!PEIMS.equals(feed)) return file.name();
        return TsdsInterchange.of(file).map(TsdsInterchange::description).orElse(file.name());
    }

    /** The PEIMS feed is complete once both the staff and the student enrollment interchange are there. */
    @Override
    public List<String> missingParts(String feed, List<InputFile> files) {
        if (!PEIMS.equals(feed)) return List.of();
        Set<TsdsInterchange> present = EnumSet.noneOf(TsdsInterchange.class);
        files.forEach(f -> TsdsInterchange.of(f).ifPresent(present::add));
        return Arrays.stream(TsdsInterchange.values()).filter(i -> !present.contains(i))
                .map(i -> i.description() + " in " + PEIMS).toList();
    }

    @Override
    public ProgramResult run(ProgramRequest request) {
        Issues found = new Issues();
        IssueSink issues = issue -> {
            found.report(issue);
            request.issues().report(issue);
        };
        Pr1500Tables tables = Pr1500Tables.load(request.mappings(), request.districtId());
        for (ServiceIdTable.Unplaced u : tables.serviceIds().unplaced()) {
            issues.report(Pr1500Rule.C022_UNPLACED.issue("C022 code " + u.code() + " ('" + u.translation() + "', under '"
                    + u.heading() + "') was not placed: " + u.why() + "; a teacher with it counts under Other")
                    .at(Pr1500Tables.C022, u.line()).field("code", u.code()));
        }
        try (Pr1500Parts parts = new Pr1500Parts(request.temporaryDir(), inputBytes(request), inputPerPart, partsAtOnce)) {
            Pr1500Output result = Pr1500Inputs.count(request, tables, parts, issues);
            return new ProgramResult(write(request.outDir(), result, found), summary(result.unmappedTeachers()));
        }
    }

    /**
     * The opening of the run's mail: the unmapped service IDs (rule 4: counted under Other) with how many teachers
     * hold each, most held first; empty when every service ID is mapped.
     */
    static String summary(Map<String, Integer> unmappedTeachers) {
        if (unmappedTeachers.isEmpty()) return "";
        List<Map.Entry<String, Integer>> byTeachers = new ArrayList<>(unmappedTeachers.entrySet());
        byTeachers.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder b = new StringBuilder("Unmapped service IDs (counted under Other until mappings/tx/service-ids.csv "
                + "has a row for them): " + byTeachers.size() + "\n");
        for (Map.Entry<String, Integer> e : byTeachers) {
            b.append("  ").append(e.getKey()).append(": ").append(e.getValue())
                    .append(e.getValue() == 1 ? " teacher" : " teachers").append('\n');
        }
        return b.toString();
    }

    /** The size of the run's inputs, which sets the number of parts of the count. */
    private static long inputBytes(ProgramRequest request) {
        long bytes = 0;
        for (String feed : List.of(CERTIFICATIONS, PEIMS)) {
            for (InputFile f : request.inputsOf(feed)) bytes += f.path().toFile().length();
        }
        return bytes;
    }

    /**
     * The workbook is written on a second thread while this one writes the CSV files; the drill-down's rows are read
     * once, here, and handed to the workbook's thread as they are written to the CSV file.
     */
    private static List<Path> write(Path out, Pr1500Output result, Issues issues) {
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<RowHandover> handover = new CompletableFuture<>();
            Future<Path> workbook = second.submit(() -> Pr1500Workbook.write(out.resolve(WORKBOOK), result.elementary(),
                    result.secondary(), handover.get(), issues.all()));
            RowHandover rows = new RowHandover(workbook);
            handover.complete(rows);
            List<Path> written = new ArrayList<>();
            written.add(report(out.resolve(ELEMENTARY_CSV), result.rows(Report.ELEMENTARY)));
            written.add(report(out.resolve(SECONDARY_CSV), result.rows(Report.SECONDARY)));
            Path teachers = out.resolve(TEACHERS_CSV);
            try (CsvReport csv = CsvReport.create(teachers, Pr1500Columns.TEACHERS)) {
                for (List<Object> t : result.teachers()) {
                    csv.row(t);
                    rows.add(t);
                }
            }
            rows.end();
            written.add(teachers);
            written.add(OrderedReads.done(workbook));
            return written;
        } finally {
            second.shutdownNow();
        }
    }

    private static Path report(Path target, List<CountRow> rows) {
        try (CsvReport csv = CsvReport.create(target, Pr1500Columns.REPORT)) {
            for (CountRow r : rows) csv.row(Pr1500Columns.report(r));
        }
        return target;
    }
}
