package org.edhub.core.program;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of a state program returns: the reports it wrote (the issue report excluded: the caller writes it)
 * and what it computed that the run's mail puts first, built from the program's own results, never re-read from
 * its files.
 *
 * @param outputs the reports written into the request's output folder
 * @param summary the opening lines of the run's mail (e.g. the counts per validation category and the findings that
 *                make up most of them, with their fixes); empty for none
 */
public record ProgramResult(List<Path> outputs, String summary) {
    public ProgramResult {
        outputs = List.copyOf(outputs);
        summary = summary == null ? "" : summary;
    }

    public static ProgramResult of(List<Path> outputs) {
        return new ProgramResult(outputs, "");
    }
}
