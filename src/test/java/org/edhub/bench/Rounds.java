package org.edhub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a benchmark's commands in interleaved rounds (in their order, then the reverse, and so on), so that a machine
 * slower for a while slows all of them, and gives each one's median.
 */
public final class Rounds {
    private final List<Contender> contenders = new ArrayList<>();
    private final List<Double> loads = new ArrayList<>();

    /** One measured command and its cost in each round. */
    public record Contender(String name, Supplier<ChildRun.Cost> run, List<ChildRun.Cost> costs) {
        public ChildRun.Cost median() {
            return ChildRun.Cost.median(costs);
        }
    }

    /** Adds a command; the contenders run in the order they were added. */
    public Contender add(String name, Supplier<ChildRun.Cost> run) {
        Contender c = new Contender(name, run, new ArrayList<>());
        contenders.add(c);
        return c;
    }

    public Rounds run(int rounds) {
        for (int round = 0; round < rounds; round++) {
            loads.add(Machine.loadAverage());
            List<Contender> order = new ArrayList<>(contenders);
            if (round % 2 == 1) Collections.reverse(order);
            order.forEach(c -> c.costs().add(c.run().get()));
        }
        return this;
    }

    /** The rounds: how many, the load average as each began and, for more than one, each run's wall and CPU times. */
    public String note() {
        String load = "load average (1 min) as " + (loads.size() > 1 ? "each round" : "the run") + " began: "
                + loads.stream().map(l -> String.format(Locale.ROOT, "%.1f", l)).collect(Collectors.joining(", "));
        if (loads.size() == 1) return "One round; " + load + " on " + Runtime.getRuntime().availableProcessors() + " cores.";
        return "Medians of " + loads.size() + " interleaved rounds (the " + contenders.size() + " runs in this order, then the "
                + "reverse, and so on); " + load + "; wall s (CPU s) per round: " + contenders.stream().map(c -> c.name() + " "
                        + c.costs().stream().map(k -> String.format(Locale.ROOT, "%.1f (%.1f)", k.wallSeconds(), k.cpuSeconds()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")) + ".";
    }
}
