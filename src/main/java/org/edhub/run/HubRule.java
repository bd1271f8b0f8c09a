package org.edhub.run;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/** Findings of the hub itself, whatever the state program. */
public enum HubRule implements Rule {
    UNKNOWN_FOLDER("HUB-FOLDER", Severity.ERROR,
            "Drop files into inbound/<feed>/<school-year>/, e.g. inbound/tx-certifications/2025-2026/. The e-mail lists the feed folders of your district."),
    DUPLICATE("HUB-DUPLICATE", Severity.INFO,
            "Nothing to do: the hub already has these exact bytes. To re-run, change the file or ask for a replay."),
    WAITING_FOR_INPUT("HUB-WAITING", Severity.INFO,
            "Drop the missing input for the same school year; the reports are computed as soon as it arrives."),
    RUN_FAILED("HUB-FAILED", Severity.ERROR,
            "Nothing for you to fix: the hub could not finish this run and its operator has been alerted. The files are kept and the run can be replayed.");

    private final String code;
    private final Severity severity;
    private final String fix;

    HubRule(String code, Severity severity, String fix) {
        this.code = code;
        this.severity = severity;
        this.fix = fix;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String fix() {
        return fix;
    }
}
