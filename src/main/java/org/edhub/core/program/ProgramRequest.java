package org.edhub.core.program;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edhub.core.issue.IssueSink;

/**
 * Everything one run of a state program reads and where it writes.
 *
 * @param inputs   per feed folder name, the newest accepted files of that feed (all files of a bundle)
 * @param outDir   where the program writes its reports, under the names its spec gives
 * @param mappings the code tables and layouts of {@code mappings/}
 */
public record ProgramRequest(String districtId, SchoolYear year, Map<String, List<InputFile>> inputs, Path outDir,
                             ReportFormat format, Mappings mappings, IssueSink issues) {

    public List<InputFile> inputsOf(String feed) {
        return inputs.getOrDefault(feed, List.of());
    }
}
