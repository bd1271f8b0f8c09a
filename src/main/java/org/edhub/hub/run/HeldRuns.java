package org.edhub.hub.run;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.edhub.core.program.Feed;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.district.District;
import org.edhub.hub.ledger.DropPath;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.program.Programs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The runs held for the rest of a drop that never came as a file the program runs on: the rest turned out to be
 * bytes already received, was taken away, or the hub stopped before it came. After each poll of a district's inbox,
 * a program and year held there, with no file of its inputs listed by that poll, runs over the files held, started by
 * the newest. A drop still being written is listed, so its files keep the run held until the last one runs it.
 */
@Service
public class HeldRuns {
    private static final Logger LOG = LoggerFactory.getLogger(HeldRuns.class);
    private final DropHolds holds;
    private final RunService runs;
    private final Programs programs;
    private final FileLedger ledger;

    public HeldRuns(DropHolds holds, RunService runs, Programs programs, FileLedger ledger) {
        this.holds = holds;
        this.runs = runs;
        this.programs = programs;
        this.ledger = ledger;
    }

    /** @param listed the files the poll listed in the district's inbox */
    public void runWhereNothingMoreIsListed(District district, Collection<DropPath> listed) {
        for (DropHolds.Held held : holds.of(district.id())) {
            Optional<StateProgram> program = programs.named(held.program());
            if (program.isEmpty() || inputListed(program.get(), held.schoolYear(), listed)) continue;
            LOG.info("District {}: running {} {} over the {} file(s) held for the rest of their drop, none of which came",
                    district.id(), held.program(), held.schoolYear(), held.fileIds().size());
            runs.run(district, program.get(), ledger.get(held.newest()));
        }
    }

    private static boolean inputListed(StateProgram program, String year, Collection<DropPath> listed) {
        List<String> feeds = Programs.readBy(program).stream().map(Feed::folder).toList();
        return listed.stream().anyMatch(p -> p.schoolYear().equals(year) && feeds.contains(p.feed()));
    }
}
