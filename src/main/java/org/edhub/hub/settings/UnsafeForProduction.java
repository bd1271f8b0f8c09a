package org.edhub.hub.settings;

import java.util.List;

/** What makes the configuration unfit for the production profile, each naming its setting. */
public class UnsafeForProduction extends RuntimeException {
    private final List<String> findings;

    public UnsafeForProduction(List<String> findings) {
        super("The production profile refuses to start:\n  - " + String.join("\n  - ", findings));
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
