package org.edhub.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.edhub.core.program.StatePrograms;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.ReportPeriod;
import org.edhub.core.program.SchoolYear;
import org.edhub.core.program.StateProgram;

/**
 * The options of {@code run}, checked: every problem is a usage error with its reason. {@code district} is null when
 * {@code --district} was not given; {@code threads} is the number of districts run at once when {@code --in} holds
 * one folder per district.
 */
record RunOptions(String program, SchoolYear year, Path in, Path out, String district, ReportFormat format, Path mappings,
        int threads, ReportPeriod period) {
    static final String LOCAL = "local";
    static final String USAGE = "usage: edhub run <program> --year YYYY-YYYY --in DIR --out DIR "
            + "[--district ID] [--format csv|html] [--mappings DIR] [--threads N] [--from YYYY-MM-DD] [--through YYYY-MM-DD]\n"
            + "  edhub is the launcher target/edhub/edhub (the command line's JVM options, run.jvm-options beside it);\n"
            + "  java -jar edhub.jar run ... runs the same with the JVM's defaults.\n"
            + "  --in DIR holds the program's feed folders, or one folder per district holding them: then every district\n"
            + "  runs (district = folder name unless --district), N at a time (default: the number of processors), its\n"
            + "  outputs and issue report in --out/<district>/; the exit status is the worst of the districts'.\n"
            + "  --from and --through: the days of the school year reported on (default: all of it), for the programs\n"
            + "  whose reports depend on the day (the Kentucky LEAD programs), e.g. --through 2026-02-27 for a mid-year run.\n"
            + "  programs: " + String.join(", ", StatePrograms.installed().stream().map(StateProgram::name).toList());

    static RunOptions parse(String[] args) {
        if (args.length < 2) throw new IllegalArgumentException("name the program to run");
        String program = args[1];
        if (StatePrograms.named(program).isEmpty()) throw new IllegalArgumentException("'" + program + "' is not a program");
        SchoolYear year = null;
        Path in = null;
        Path out = null;
        String district = null;
        ReportFormat format = ReportFormat.CSV;
        Path mappings = Path.of("mappings");
        int threads = Runtime.getRuntime().availableProcessors();
        LocalDate from = null;
        LocalDate through = null;
        for (int i = 2; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value");
            String value = args[i + 1];
            switch (option) {
                case "--year" -> year = SchoolYear.parse(value);
                case "--in" -> in = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--district" -> district = value;
                case "--mappings" -> mappings = Path.of(value);
                case "--format" -> format = format(value);
                case "--threads" -> threads = threads(value);
                case "--from" -> from = day(option, value);
                case "--through" -> through = day(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (year == null || in == null || out == null) throw new IllegalArgumentException("--year, --in and --out are required");
        if (!in.toFile().isDirectory()) throw new IllegalArgumentException("--in " + in + " is not a folder");
        ReportPeriod period = new ReportPeriod(from, through).within(year);
        if (!period.isWholeYear() && !StatePrograms.named(program).orElseThrow().takesReportPeriod()) {
            throw new IllegalArgumentException(program + " reports on one snapshot of the year: it takes no --from or --through");
        }
        return new RunOptions(program, year, in, out, district, format, mappings, threads, period);
    }

    /** The district of a run over {@code folder}: {@code --district}, else {@code fallback}. */
    String districtOr(String fallback) {
        return district == null ? fallback : district;
    }

    private static ReportFormat format(String value) {
        try {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format is csv or html, not " + value);
        }
    }

    private static LocalDate day(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " is a day as YYYY-MM-DD, not " + value);
        }
    }

    private static int threads(String value) {
        try {
            int threads = Integer.parseInt(value);
            if (threads > 0) return threads;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--threads is a number of threads (1 or more), not " + value);
    }
}
