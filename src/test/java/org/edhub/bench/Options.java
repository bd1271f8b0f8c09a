package org.edhub.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of the bench commands; the required ones must be there. */
public final class Options {
    private Options() {
    }

    public static Map<String, String> parse(String[] args, String... required) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
        for (String name : required) {
            if (!options.containsKey(name)) throw new IllegalArgumentException(name + " is required");
        }
        return options;
    }
}
