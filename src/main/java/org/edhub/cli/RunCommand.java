package org.edhub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.edhub.core.program.StatePrograms;
import org.edhub.core.program.StateProgram;

/**
 * {@code run <program> --year YYYY-YYYY --in DIR --out DIR [--district ID] [--format csv|html] [--mappings DIR]
 * [--threads N]}: one state program over local files (hub.md), or over a folder of district folders
 * ({@link DistrictRuns}). Exit status 0 when the run completed, 1 when an input was rejected, 2 for a usage error.
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
        StateProgram program = StatePrograms.named(options.program()).orElseThrow();
        if (!ProgramRun.hasFeeds(program, options.in())) {
            List<Path> districts = DistrictRuns.districtFolders(program, options.in());
            if (!districts.isEmpty()) return new DistrictRuns(program, options).run(districts, out, err);
        }
        return new ProgramRun(program, options, "edhub").run(options.in(), options.out(), options.districtOr(RunOptions.LOCAL), out, err);
    }
}
