package org.edhub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.edhub.core.report.IssueReport;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.edhub.core.program.Feed;
import org.edhub.core.program.InputFile;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportPeriod;
import org.edhub.core.program.StateProgram;
import org.edhub.core.program.TemporaryFolder;

/**
 * One run of a program over one folder of feed folders, its outputs and issue report written to one folder, what it
 * spills to a temporary folder of its own under {@code java.io.tmpdir}, deleted when the run ends. Messages start with
 * {@code prefix} ({@code edhub}, or {@code edhub [district]} when several districts run at once).
 */
final class ProgramRun {
    private final StateProgram program;
    private final RunOptions options;
    private final String prefix;

    ProgramRun(StateProgram program, RunOptions options, String prefix) {
        this.program = program;
        this.options = options;
        this.prefix = prefix;
    }

    /** @return {@link RunCommand#COMPLETED} or {@link RunCommand#REJECTED} */
    int run(Path in, Path outDir, String district, PrintStream out, PrintStream err) {
        Issues issues = new Issues();
        Map<String, List<InputFile>> inputs = new LinkedHashMap<>();
        for (Feed input : program.feeds()) {
            String feed = input.folder();
            List<InputFile> files = filesOf(in.resolve(feed));
            if (files.isEmpty()) {
                err.println(prefix + " run: " + program.name() + " needs its " + feed + " input: no file in " + in.resolve(feed));
                return RunCommand.REJECTED;
            }
            inputs.put(feed, files);
        }
        for (Feed input : program.optionalFeeds()) {
            List<InputFile> files = filesOf(in.resolve(input.folder()));
            if (!files.isEmpty()) inputs.put(input.folder(), files);
        }
        long started = System.nanoTime();
        ReportPeriod period = options.period();
        err.println(prefix + ": " + program.name() + " " + options.year() + (period.isWholeYear() ? ""
                : ", " + period.firstDay(options.year()) + " through " + period.lastDay(options.year()))
                + " over " + inputs.values().stream().mapToInt(List::size).sum() + " file(s) in " + in);
        try (TemporaryFolder temporary = TemporaryFolder.create(Path.of(System.getProperty("java.io.tmpdir")), district)) {
            List<Path> outputs = new ArrayList<>(program.run(new ProgramRequest(district, options.year(), inputs, outDir,
                    options.format(), new Mappings(options.mappings()), issues, temporary.path(), options.period())).outputs());
            outputs.add(IssueReport.write(outDir.resolve(program.issueReportName()), issues.all()));
            outputs.forEach(p -> out.println(p));
            err.printf("%s: done in %.1f s: %d error(s), %d warning(s), %d for information%n", prefix,
                    (System.nanoTime() - started) / 1e9, issues.countsBySeverity().get(Severity.ERROR),
                    issues.countsBySeverity().get(Severity.WARNING), issues.countsBySeverity().get(Severity.INFO));
            return RunCommand.COMPLETED;
        } catch (InputRejected e) {
            issues.report(e.issue());
            IssueReport.write(outDir.resolve(program.issueReportName()), issues.all());
            err.println(prefix + " run: rejected " + e.getMessage());
            err.println("  fix: " + e.issue().fix());
            return RunCommand.REJECTED;
        }
    }

    /** Whether {@code folder} holds at least one of the program's feed folders. */
    static boolean hasFeeds(StateProgram program, Path folder) {
        return program.feeds().stream().anyMatch(feed -> Files.isDirectory(folder.resolve(feed.folder())));
    }

    /** The files of a feed folder as a district would drop them, in name order; hidden files left out. */
    private static List<InputFile> filesOf(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().map(InputFile::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
