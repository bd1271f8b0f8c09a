package org.edhub.texas.pr1500;

/** The two PR1500 Part 2 reports; the grades each one covers are rule 5's ({@link CountingRules#overlaps}). */
public enum Report {
    ELEMENTARY("Elementary"),
    SECONDARY("Secondary");

    private final String label;

    Report(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
