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

import org.edhub.deliver.report.IssueReport;
import org.edhub.issue.InputRejected;
import org.edhub.issue.Issues;
import org.edhub.issue.Severity;
import org.edhub.program.InputFile;
import org.edhub.program.Mappings;
import org.edhub.program.ProgramRequest;
import org.edhub.program.Programs;
import org.edhub.program.StateProgram;

/**
 * {@code run <program> --year YYYY-YYYY --in DIR --out DIR [--district ID] [--format csv|html] [--mappings DIR]}:
 * one state program over local files (hub.md). Exit status 0 when the run completed, 1 when an input was rejected,
 * 2 for a usage error.
 */
public final class RunCommand {
    public static final String NAME = "run";
    static final int COMPLETED = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private RunCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("edhub run: " + e.getMessage());
            err.println(RunOptions.USAGE);
            return USAGE;
        }
        StateProgram program = Programs.named(options.program()).orElseThrow();
        Issues issues = new Issues();
        Map<String, List<InputFile>> inputs = new LinkedHashMap<>();
        for (String feed : program.feeds()) {
            List<InputFile> files = filesOf(options.in().resolve(feed));
            if (files.isEmpty()) {
                err.println("edhub run: " + program.name() + " needs its " + feed + " input: no file in " + options.in().resolve(feed));
                return REJECTED;
            }
            inputs.put(feed, files);
        }
        long started = System.nanoTime();
        err.println("edhub: " + program.name() + " " + options.year() + " over " + inputs.values().stream().mapToInt(List::size).sum()
                + " file(s) in " + options.in());
        try {
            List<Path> outputs = new ArrayList<>(program.run(new ProgramRequest(options.district(), options.year(), inputs,
                    options.out(), options.format(), new Mappings(options.mappings()), issues)));
            outputs.add(IssueReport.write(options.out().resolve(program.issueReportName()), issues.all()));
            outputs.forEach(p -> out.println(p));
            err.printf("edhub: done in %.1f s: %d error(s), %d warning(s), %d for information%n", (System.nanoTime() - started) / 1e9,
                    issues.countsBySeverity().get(Severity.ERROR), issues.countsBySeverity().get(Severity.WARNING),
                    issues.countsBySeverity().get(Severity.INFO));
            return COMPLETED;
        } catch (InputRejected e) {
            issues.report(e.issue());
            IssueReport.write(options.out().resolve(program.issueReportName()), issues.all());
            err.println("edhub run: rejected " + e.getMessage());
            err.println("  fix: " + e.issue().fix());
            return REJECTED;
        }
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
