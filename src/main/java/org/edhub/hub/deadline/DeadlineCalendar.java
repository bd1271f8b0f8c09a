package org.edhub.hub.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.edhub.core.deadline.Deadline;
import org.edhub.core.deadline.DeadlineTable;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.StateProgram;
import org.edhub.hub.district.District;
import org.edhub.hub.district.HubProperties;
import org.edhub.hub.ledger.FileLedger;
import org.edhub.hub.program.Programs;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunStore;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a district's programs, from their tables in {@code mappings/} (read on every use, so an edited
 * table shows at once), each with what is still open for it.
 */
@Component
public class DeadlineCalendar {
    private static final Comparator<Deadline> BY_DATE = Comparator.comparing(Deadline::due).thenComparing(Deadline::program)
            .thenComparing(Deadline::what);
    private final Programs programs;
    private final Mappings mappings;
    private final FileLedger ledger;
    private final RunStore runs;
    private final ZoneId zone;

    public DeadlineCalendar(Programs programs, HubProperties properties, FileLedger ledger, RunStore runs) {
        this.programs = programs;
        this.mappings = new Mappings(properties.mappingsDir());
        this.ledger = ledger;
        this.runs = runs;
        this.zone = properties.reminders().zone();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The deadlines of the programs the district runs, by date. */
    public List<Deadline> of(District district) {
        List<StateProgram> mine = programs.all().stream().filter(p -> p.state().equalsIgnoreCase(district.state())).toList();
        Set<String> names = mine.stream().map(StateProgram::name).collect(Collectors.toSet());
        return mine.stream().map(StateProgram::deadlinesTable).flatMap(Optional::stream).distinct()
                .flatMap(table -> DeadlineTable.read(mappings, table).stream())
                .filter(d -> names.contains(d.program())).sorted(BY_DATE).toList();
    }

    /** Every deadline of the district with what is still open for it, by date. */
    public List<DeadlineStatus> statuses(District district) {
        List<RunRecord> districtRuns = runs.ofDistrict(district.id());
        LocalDate today = today();
        return of(district).stream().map(d -> status(district, d, today, districtRuns)).toList();
    }

    /** The next deadline (today or later) of the district, of any of its programs or of {@code program} only. */
    public Optional<DeadlineStatus> next(District district, String program) {
        return next(statuses(district), program);
    }

    /** The next deadline among statuses (by date, as {@link #statuses} gives them), of {@code program} or any. */
    public static Optional<DeadlineStatus> next(List<DeadlineStatus> statuses, String program) {
        return statuses.stream().filter(s -> !s.passed())
                .filter(s -> program == null || s.deadline().program().equals(program)).findFirst();
    }

    /**
     * The run mail's deadline line for a run of {@code program}: its next deadline and what is open for it; empty
     * when the program has none ahead. A table that cannot be read says so, for the operator to correct.
     */
    public String mailLine(District district, String program) {
        try {
            return next(district, program).map(s -> "Next deadline: " + s.line()).orElse("");
        } catch (IllegalArgumentException e) {
            return "The deadlines cannot be shown: " + e.getMessage();
        }
    }

    private DeadlineStatus status(District district, Deadline d, LocalDate today, List<RunRecord> districtRuns) {
        List<String> missing = d.expects().stream().filter(district.feeds()::contains)
                .filter(feed -> ledger.accepted(district.id(), feed, d.schoolYear()).isEmpty()).toList();
        RunRecord latest = districtRuns.stream()
                .filter(r -> r.program().equals(d.program()) && r.schoolYear().equals(d.schoolYear()))
                .max(Comparator.comparingLong(RunRecord::id)).orElse(null);
        return new DeadlineStatus(d, today, missing, latest);
    }
}
