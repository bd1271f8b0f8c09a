package org.edhub.core.program;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.IssueSink;

/**
 * Everything one run of a state program reads and where it writes.
 *
 * @param inputs       per feed folder name, the newest accepted files of that feed (all files of a bundle)
 * @param outDir       where the program writes its reports, under the names its spec gives
 * @param mappings     the code tables and layouts of {@code mappings/}
 * @param temporaryDir where the program puts what it spills or unpacks while it runs: the run's own
 *                     {@link TemporaryFolder}, deleted when the run ends
 * @param period       the days reported on, for a program that {@link StateProgram#takesReportPeriod takes them}
 */
public record ProgramRequest(String districtId, SchoolYear year, Map<String, List<InputFile>> inputs, Path outDir,
                             ReportFormat format, Mappings mappings, IssueSink issues, Path temporaryDir, ReportPeriod period) {

    /** A request over the whole school year. */
    public ProgramRequest(String districtId, SchoolYear year, Map<String, List<InputFile>> inputs, Path outDir,
                          ReportFormat format, Mappings mappings, IssueSink issues, Path temporaryDir) {
        this(districtId, year, inputs, outDir, format, mappings, issues, temporaryDir, ReportPeriod.WHOLE_YEAR);
    }

    /** A request whose temporary files go to the system's temporary folder, each program deleting its own. */
    public ProgramRequest(String districtId, SchoolYear year, Map<String, List<InputFile>> inputs, Path outDir,
                          ReportFormat format, Mappings mappings, IssueSink issues) {
        this(districtId, year, inputs, outDir, format, mappings, issues, Path.of(System.getProperty("java.io.tmpdir")));
    }

    public List<InputFile> inputsOf(String feed) {
        return inputs.getOrDefault(feed, List.of());
    }
}
