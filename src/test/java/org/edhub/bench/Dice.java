package org.edhub.bench;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded random source with the few draws the generators need; one per district, so output is reproducible. */
public final class Dice {
    private final SplittableRandom random;

    public Dice(long seed, long stream) {
        this.random = new SplittableRandom(seed * 1_000_003L + stream);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in [low, high]. */
    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public double unit() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A whole number near {@code mean}, within plus or minus {@code spread} (a share of it), at least 1. */
    public int near(double mean, double spread) {
        double v = mean * (1 + spread * (2 * random.nextDouble() - 1));
        return Math.max(1, (int) Math.round(v));
    }
}
