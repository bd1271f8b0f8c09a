package org.edhub.core.program;

/** The format of the reports a coordinator asked for (seed 001, R3). */
public enum ReportFormat {
    CSV, HTML;

    public String extension() {
        return "." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
