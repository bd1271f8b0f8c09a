package org.edhub.core.program;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.issue.Rule;

/**
 * One state program (Texas PR1500, Kentucky LEAD extract, Kentucky LEAD validation): the feeds it reads and the
 * pure computation from those inputs to its reports. No Camel, Spring or database inside: the hub and the command
 * line both call it.
 */
public interface StateProgram {
    /** The name used on the command line and in the ledger, e.g. {@code tx-pr1500}. */
    String name();

    /** The state whose districts run it: {@code TX} or {@code KY}. */
    String state();

    /** Every feed the program needs, e.g. {@code tx-certifications} and {@code tx-peims}. */
    List<Feed> feeds();

    /**
     * Feeds the program reads when the district has dropped them, without waiting for them: a run goes ahead without
     * them, and a file of one of them runs the program again (e.g. a catalog that adds a check to an extract).
     */
    default List<Feed> optionalFeeds() {
        return List.of();
    }

    /** The file name of the run's issue report, e.g. {@code PR1500_Issues.csv}. */
    String issueReportName();

    /**
     * Reads the current input of one feed on its own (one file, or all files of a bundle), as it arrives before the
     * program's other inputs: reports its row issues and throws {@link org.edhub.core.issue.InputRejected} when it
     * cannot be read at all. What it unpacks goes to {@code temporaryDir}, the check's own {@link TemporaryFolder}.
     */
    void check(String feed, List<InputFile> files, Mappings mappings, IssueSink issues, Path temporaryDir);

    /**
     * What the given files of a feed still lack before the program can run, in a coordinator's words (e.g. the
     * student enrollment interchange of the PEIMS feed); empty when they are complete.
     */
    default List<String> missingParts(String feed, List<InputFile> files) {
        return List.of();
    }

    /**
     * Every rule whose issues the program raises, so that the dashboard titles each finding with its rule's problem in
     * the state's words; the finding of a rule not listed is titled with its code.
     */
    default List<Rule> rules() {
        return List.of();
    }

    /**
     * What kind of input of its feed a file is, from its content (e.g. the staff interchange): for a
     * {@link Feed.Versions#NEWEST_PER_KIND} feed, the newest file of a kind replaces the earlier ones whatever their
     * names. The file name by default.
     */
    default String inputKind(String feed, InputFile file) {
        return file.name();
    }

    /** The names of the outputs that are upload files for the state (sent to its destination when configured). */
    default List<String> stateUploads() {
        return List.of();
    }

    /**
     * The table in {@code mappings/} listing this program's deadlines ({@link org.edhub.core.deadline.DeadlineTable}),
     * e.g. {@code ky/deadlines.csv}; its rows name the program they belong to, so programs of a state share one table.
     */
    default java.util.Optional<String> deadlinesTable() {
        return java.util.Optional.empty();
    }

    /** The dashboard pages a run of this program offers, given the names of the outputs it has; empty for none. */
    default List<ResultPage> pages(long runId, Collection<String> outputNames) {
        return List.of();
    }

    /** Whether the program's reports depend on the days reported on ({@link ProgramRequest#period}). */
    default boolean takesReportPeriod() {
        return false;
    }

    /**
     * Computes the reports from all inputs, writes them into {@code request.outDir()} and returns them with what the
     * run's mail puts first (the issue report excluded: the caller writes it). Throws
     * {@link org.edhub.core.issue.InputRejected} for an unreadable input.
     */
    ProgramResult run(ProgramRequest request);
}
