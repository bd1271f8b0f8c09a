package org.edhub.bench;

import java.nio.file.Path;
import java.util.Map;

import org.edhub.kentucky.bench.KyGenerator;
import org.edhub.texas.bench.TxGenerator;

/**
 * {@code Generate --tier tiny|district|state --state tx|ky --out DIR [--seed N]}: writes a synthetic tier in the feed
 * formats, laid out as {@code edhub run --in} reads it (docs/benchmarks.md). The same seed gives the same bytes.
 */
public final class Generate {
    public static final long DEFAULT_SEED = 20_260_401L;

    private Generate() {
    }

    public static void main(String[] args) {
        Map<String, String> options = Options.parse(args, "--tier", "--state", "--out");
        Tier tier = Tier.of(options.get("--tier"));
        long seed = Long.parseLong(options.getOrDefault("--seed", String.valueOf(DEFAULT_SEED)));
        long started = System.nanoTime();
        String summary = generate(tier, options.get("--state"), Path.of(options.get("--out")), seed);
        System.out.printf("%s (%.1f s)%n", summary, (System.nanoTime() - started) / 1e9);
    }

    public static String generate(Tier tier, String state, Path out, long seed) {
        return switch (state) {
            case "tx" -> new TxGenerator(tier.tx(), seed).write(out, tier == Tier.STATE ? "statewide" : "district");
            case "ky" -> new KyGenerator(tier.ky(), seed).write(out);
            default -> throw new IllegalArgumentException("--state is tx or ky, not " + state);
        };
    }
}
