package org.edhub.hub.run;

import org.edhub.core.privacy.PrivateFiles;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.core.report.IssueReport;
import org.edhub.hub.cluster.HubInstance;
import org.edhub.hub.district.District;
import org.edhub.core.program.Feed;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.log.LogFields;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.hub.ledger.LedgerEntry.FileStatus;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ProgramResult;
import org.edhub.hub.program.Programs;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.edhub.core.program.StateProgram;
import org.edhub.core.program.TemporaryFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the state programs a received file feeds: with the newest accepted version of each of their inputs when all
 * are present, otherwise a check of the file alone, a run {@code WAITING} for the inputs still missing. A file that
 * comes with more of the program's files still in the inbox (the rest of its drop) is also only checked, and its run
 * held ({@link DropHolds}) until the drop's last file runs the program over all of them. Every run ends with its issue
 * report, its outputs delivered and one e-mail; a waiting check that found nothing to fix is only recorded, so a
 * district dropping its files one by one, or all at once, gets one e-mail, with the reports. What a run spills or
 * unpacks goes to a temporary folder of its own, deleted when the run ends however it ends. Every line logged while a
 * run is carried out carries its district and run id ({@link LogFields}); the operator learns how long each run took
 * and which failed on an internal error ({@link RunMonitor}).
 */
@Service
public class RunService {
    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);
    private static final String NOTICE = "hub";
    /** A run that holds nothing for a drop and releases nothing: a notice. */
    private static final Runnable NO_HOLDS = () -> { };
    private final HubProperties properties;
    private final FileLedger ledger;
    private final RunStore runs;
    private final RunDelivery delivery;
    private final Programs programs;
    private final Mappings mappings;
    private final RunHistory history;
    private final HubInstance instance;
    private final RunMonitor monitor;
    private final DropHolds holds;
    private final TransactionTemplate transactions;

    public RunService(HubProperties properties, FileLedger ledger, RunStore runs, RunDelivery delivery, Programs programs,
                      RunHistory history, HubInstance instance, RunMonitor monitor, DropHolds holds, TransactionTemplate transactions) {
        this.holds = holds;
        this.transactions = transactions;
        this.instance = instance;
        this.history = history;
        this.monitor = monitor;
        this.properties = properties;
        this.ledger = ledger;
        this.runs = runs;
        this.delivery = delivery;
        this.programs = programs;
        this.mappings = new Mappings(properties.mappingsDir());
    }

    /**
     * Runs every program of the district that reads the file's feed; returns what became of the file. Each run also
     * tells the district {@code notes} about the file. A program that reads a file of the {@code rest} of the drop is
     * held: the file is checked on its own, and the program runs once the drop's last file of its inputs comes.
     */
    public FileStatus runFor(District district, LedgerEntry file, List<Issue> notes, DropRest rest) {
        Feed feed = programs.feed(file.feed()).orElseThrow();
        if (!InputSelection.completesInput(feed, file.name())) {
            ledger.finish(file.id(), FileStatus.ACCEPTED, null, "Kept: read with the rest of the bundle once " + Feed.READY_MARKER + " arrives");
            return FileStatus.ACCEPTED;
        }
        FileStatus status = FileStatus.ACCEPTED;
        Long lastRun = null;
        String message = null;
        List<StateProgram> reading = programs.reading(district.state(), feed.folder());
        List<Issue> told = new ArrayList<>(notes);
        if (!reading.isEmpty()) replaced(district, feed, file, reading.get(0)).ifPresent(told::add);
        for (StateProgram program : reading) {
            RunResult result = carryOut(begin(district, program, file), district, program, file, told,
                    toCome(program, file.schoolYear(), rest));
            lastRun = result.run().id();
            message = result.run().summary();
            if (rejects(result, file)) status = FileStatus.REJECTED;
        }
        ledger.finish(file.id(), status, lastRun, message);
        return status;
    }

    /** The files of the drop still to come that the program reads for the year, as paths under {@code inbound/}. */
    private static List<String> toCome(StateProgram program, String year, DropRest rest) {
        List<String> toCome = new ArrayList<>();
        for (Feed feed : Programs.readBy(program)) {
            rest.waiting(feed.folder(), year).forEach(name -> toCome.add(feed.folder() + "/" + year + "/" + name));
        }
        return toCome;
    }

    /**
     * The notes of the files held for this run's program and year that each replaces an earlier input of its kind, for
     * a run over the whole drop; a file already noted is not noted again.
     */
    private List<Issue> heldNotes(District district, StateProgram program, String year, Issues told) {
        List<Issue> notes = new ArrayList<>();
        for (long id : holds.files(district.id(), program.name(), year)) {
            LedgerEntry held = ledger.get(id);
            boolean noted = told.all().stream().anyMatch(i -> HubRule.REPLACED.code().equals(i.rule()) && held.name().equals(i.file()));
            if (!noted) programs.feed(held.feed()).flatMap(feed -> replaced(district, feed, held, program)).ifPresent(notes::add);
        }
        return notes;
    }

    /** The note that the file replaces an earlier input of its kind under another name; empty when it replaces none. */
    private java.util.Optional<Issue> replaced(District district, Feed feed, LedgerEntry file, StateProgram program) {
        List<LedgerEntry> accepted = ledger.accepted(district.id(), feed.folder(), file.schoolYear());
        return InputSelection.replacedBy(feed, accepted, file, InputSelection.kindBy(program, feed.folder()))
                .map(old -> HubRule.REPLACED.issue(file.name() + " replaces " + old.name() + " (received "
                        + java.time.format.DateTimeFormatter.ISO_INSTANT.format(old.receivedAt()) + ") as the " + feed.folder()
                        + " input of its kind: " + program.inputKind(feed.folder(), file.input())).at(file.name(), null));
    }

    /** Runs one program again over the inputs of an earlier run's trigger file. */
    public RunResult run(District district, StateProgram program, LedgerEntry trigger) {
        return carryOut(begin(district, program, trigger), district, program, trigger, List.of(), List.of());
    }

    /** Records a run of the program over the trigger's inputs, to be carried out by {@link #carryOut}; its id. */
    public long begin(District district, StateProgram program, LedgerEntry trigger) {
        return runs.start(district.id(), program.name(), trigger.schoolYear(), trigger.id());
    }

    /** Carries out a run {@link #begin} recorded. */
    public RunResult carryOut(long runId, District district, StateProgram program, LedgerEntry trigger) {
        return carryOut(runId, district, program, trigger, List.of(), List.of());
    }

    private RunResult carryOut(long runId, District district, StateProgram program, LedgerEntry trigger, List<Issue> notes,
                               List<String> toCome) {
        try (LogFields fields = LogFields.of(LogFields.DISTRICT, district.id(), LogFields.RUN, Long.toString(runId))) {
            return carryOutLogged(runId, district, program, trigger, notes, toCome);
        }
    }

    /** @param toCome the files of the drop still to come that the program reads: the run is held for them when any */
    private RunResult carryOutLogged(long runId, District district, StateProgram program, LedgerEntry trigger, List<Issue> notes,
                                     List<String> toCome) {
        long started = System.nanoTime();
        String year = trigger.schoolYear();
        Path outDir = properties.dataDir().resolve("runs").resolve(Long.toString(runId));
        Issues issues = new Issues(properties.issues().limits());
        notes.forEach(issues::report);
        boolean held = !toCome.isEmpty();
        if (!held) heldNotes(district, program, year, issues).forEach(issues::report);
        Map<String, List<LedgerEntry>> inputs = currentInputs(district, program, trigger);
        List<String> missing = missing(program, inputs, year);
        if (held) missing.add("the rest of its drop (" + String.join(", ", toCome) + ")");
        List<Path> outputs = new ArrayList<>();
        String summary = "";
        RunStatus status;
        try (TemporaryFolder temporary = TemporaryFolder.create(instance.temporaryDir(), Long.toString(runId))) {
            if (missing.isEmpty()) {
                ProgramResult result = program.run(new ProgramRequest(district.id(), SchoolYear.parse(year), asInputFiles(inputs),
                        outDir, ReportFormat.CSV, mappings, issues, temporary.path()));
                outputs.addAll(result.outputs());
                summary = result.summary();
            } else {
                program.check(trigger.feed(), inputs.get(trigger.feed()).stream().map(LedgerEntry::input).toList(), mappings,
                        issues, temporary.path());
                missing.forEach(input -> issues.report(WaitingFor.issue(program.name(), input, year)));
            }
            status = missing.isEmpty() ? RunStatus.completed(issues) : RunStatus.WAITING;
        } catch (InputRejected e) {
            issues.report(e.issue());
            status = RunStatus.REJECTED;
        } catch (RuntimeException e) {
            LOG.error("Run {} of {} for district {} {} failed", runId, program.name(), district.id(), year, e);
            boolean alerted = monitor.failed(district, runId, trigger.remotePath(), e);
            issues.report(HubRule.RUN_FAILED.issue("The run stopped on an internal error (" + e.getClass().getSimpleName() + ")"
                    + (alerted ? "; the hub's operator has been alerted by mail"
                    : "; the hub could not alert its operator: please tell them about run " + runId)).at(trigger.name(), null));
            status = RunStatus.FAILED;
        }
        if (rejects(status, issues.all(), trigger)) issues.withdraw(HubRule.REPLACED.code(), trigger.name()); // it replaced nothing
        List<LedgerEntry> read = inputs.values().stream().flatMap(List::stream).toList();
        runs.inputs(runId, read.stream().map(LedgerEntry::id).toList());
        Runnable holdsChange = holdsChange(district, program, trigger, held, status);
        boolean nothingToTell = status == RunStatus.WAITING && !issues.has(Severity.ERROR) && !issues.has(Severity.WARNING);
        return finish(district, runId, program.name() + " " + year, program.issueReportName(), status, issues, read, outputs,
                status == RunStatus.REJECTED || status == RunStatus.FAILED ? "" : summary, outDir, !nothingToTell, started, holdsChange);
    }

    /**
     * What a run's end does to the holds of its drop, in the transaction that finishes it: a run over the whole drop
     * releases them whatever its outcome, a check held for the rest of its drop holds its file, and a held check that
     * rejected its file or failed holds nothing.
     */
    private Runnable holdsChange(District district, StateProgram program, LedgerEntry trigger, boolean held, RunStatus status) {
        String year = trigger.schoolYear();
        if (!held) return () -> holds.release(district.id(), program.name(), year, trigger.id());
        if (status == RunStatus.WAITING) return () -> holds.hold(district.id(), program.name(), year, trigger.id());
        return NO_HOLDS;
    }

    /** A run that only tells the district something about a file: dropped in the wrong place, or sent twice. */
    public RunResult notice(District district, LedgerEntry file, Issue issue, RunStatus status) {
        long runId = runs.start(district.id(), NOTICE, file.schoolYear(), file.id());
        try (LogFields fields = LogFields.of(LogFields.DISTRICT, district.id(), LogFields.RUN, Long.toString(runId))) {
            Issues issues = new Issues(properties.issues().limits());
            issues.report(issue);
            runs.inputs(runId, List.of(file.id()));
            Path outDir = properties.dataDir().resolve("runs").resolve(Long.toString(runId));
            return finish(district, runId, "file " + file.name(), "Hub_Issues.csv", status, issues, List.of(file), List.of(), "",
                    outDir, true, null, NO_HOLDS);
        }
    }

    /**
     * A run that tells the district about something in its drop folders the hub cannot take (DropCheck): no file was
     * received, so the run reads none.
     */
    public RunResult refused(District district, String schoolYear, Issue issue) {
        long runId = runs.start(district.id(), NOTICE, schoolYear, null);
        try (LogFields fields = LogFields.of(LogFields.DISTRICT, district.id(), LogFields.RUN, Long.toString(runId))) {
            Issues issues = new Issues(properties.issues().limits());
            issues.report(issue);
            Path outDir = properties.dataDir().resolve("runs").resolve(Long.toString(runId));
            return finish(district, runId, "drop folders", "Hub_Issues.csv", RunStatus.REJECTED, issues, List.of(), List.of(), "",
                    outDir, true, null, NO_HOLDS);
        }
    }

    private RunResult finish(District district, long runId, String title, String issueReportName, RunStatus status,
                             Issues issues, List<LedgerEntry> read, List<Path> outputs, String summary, Path outDir,
                             boolean deliver, Long startedNanos, Runnable holdsChange) {
        Map<String, Path> named = new LinkedHashMap<>();
        outputs.forEach(p -> named.put(p.getFileName().toString(), p));
        named.put(issueReportName, IssueReport.write(outDir.resolve(issueReportName), issues.all()));
        Map<Severity, Long> counts = issues.countsBySeverity();
        String reports = status == RunStatus.WAITING
                ? "WAITING for " + String.join(" and ", WaitingFor.inputs(issues.all())) + ": no reports until then"
                : status + ": " + (named.size() - 1) + " report(s)";
        String line = reports + ", " + counts.get(Severity.ERROR) + " error(s), " + counts.get(Severity.WARNING) + " warning(s), "
                + counts.get(Severity.INFO) + " for information";
        transactions.executeWithoutResult(t -> { // a stop leaves the run unfinished and its holds as they were, or neither
            runs.finish(runId, status, issues, line, outDir, named);
            holdsChange.run();
        });
        PrivateFiles.restrict(outDir);
        RunRecord record = runs.get(runId);
        Duration took = startedNanos == null ? null : Duration.ofNanos(System.nanoTime() - startedNanos);
        if (took != null) monitor.ended(district, record.program(), status, took);
        LOG.info("Run {} of {} for district {}: {}{}", runId, title, district.id(), line,
                took == null ? "" : " (" + took.toMillis() + " ms)");
        RunResult result = new RunResult(district, record, title, read, named, issues, summary, history.since(record).orElse(null));
        if (deliver) delivery.deliver(result);
        return result;
    }

    /**
     * What the inputs still lack, e.g. {@code inbound/tx-peims/2018-2019/} or a part of a feed; an optional feed the
     * district has not dropped lacks nothing.
     */
    private static List<String> missing(StateProgram program, Map<String, List<LedgerEntry>> inputs, String year) {
        List<String> missing = new ArrayList<>();
        List<String> needed = program.feeds().stream().map(Feed::folder).toList();
        inputs.forEach((feed, files) -> {
            if (files.isEmpty()) {
                if (needed.contains(feed)) missing.add("a file in inbound/" + feed + "/" + year + "/");
            } else {
                missing.addAll(program.missingParts(feed, files.stream().map(LedgerEntry::input).toList()));
            }
        });
        return missing;
    }

    private Map<String, List<LedgerEntry>> currentInputs(District district, StateProgram program, LedgerEntry trigger) {
        Map<String, List<LedgerEntry>> inputs = new LinkedHashMap<>();
        for (Feed feed : Programs.readBy(program)) {
            String feedName = feed.folder();
            List<LedgerEntry> accepted = new ArrayList<>(ledger.accepted(district.id(), feedName, trigger.schoolYear()));
            if (feedName.equals(trigger.feed()) && accepted.stream().noneMatch(e -> e.id() == trigger.id())) accepted.add(trigger);
            accepted.removeIf(e -> e.id() > trigger.id());
            inputs.put(feedName, InputSelection.current(feed, accepted, InputSelection.kindBy(program, feedName)));
        }
        return inputs;
    }

    private static Map<String, List<InputFile>> asInputFiles(Map<String, List<LedgerEntry>> inputs) {
        Map<String, List<InputFile>> files = new LinkedHashMap<>();
        inputs.forEach((feed, entries) -> files.put(feed, entries.stream().map(LedgerEntry::input).toList()));
        return files;
    }


    private static boolean rejects(RunResult result, LedgerEntry file) {
        return rejects(result.run().status(), result.issues().all(), file);
    }

    /** A run rejected the file itself: an error names it (the file is not kept as an input, the earlier one stays). */
    private static boolean rejects(RunStatus status, List<Issue> issues, LedgerEntry file) {
        return status == RunStatus.REJECTED && issues.stream().anyMatch(i -> i.severity() == Severity.ERROR && file.name().equals(i.file()));
    }
}
