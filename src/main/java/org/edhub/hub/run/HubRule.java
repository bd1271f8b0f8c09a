package org.edhub.hub.run;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.info;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** Findings of the hub itself, whatever the state program. */
public enum HubRule implements Rule {
    UNKNOWN_FOLDER(error("HUB-FOLDER", "File dropped outside a feed and school year folder",
            "Drop files into inbound/<feed>/<school-year>/, e.g. inbound/tx-certifications/2025-2026/. The e-mail lists the feed folders of your district.")),
    CANNOT_TAKE(error("HUB-CANNOT-TAKE", "A file or folder the hub cannot take",
            "Move it to inbound/<feed>/<school-year>/ as a plain file, named without leading or trailing spaces or control characters and in at most 200 bytes: the message says where. It is left where it is and not reported again.")),
    DUPLICATE(info("HUB-DUPLICATE", "Same file dropped again",
            "Nothing to do: the hub already has these exact bytes as the current version. To re-run, change the file or ask for a replay.")),
    REJECTED_AGAIN(error("HUB-REJECTED-AGAIN", "A rejected file dropped again",
            "Correct the file as the issues of the run that rejected it say, then drop the corrected file: the same bytes are rejected again without being read.")),
    CURRENT_AGAIN(info("HUB-CURRENT-AGAIN", "An earlier version is current again",
            "Nothing to do if you meant to go back to this version: it replaces the one dropped after it, and the reports are computed from it.")),
    REPLACED(info("HUB-REPLACED", "A file replaced an earlier one of its kind",
            "Nothing to do if the file is the corrected export: it replaces the earlier one, whatever their names, and is not counted beside it.")),
    WAITING_FOR_INPUT(info("HUB-WAITING", "Waiting for the program's other inputs",
            "Drop the missing input for the same school year; the reports are computed as soon as it arrives.")),
    RUN_FAILED(error("HUB-FAILED", "Run could not finish",
            "Nothing for you to fix: the hub could not finish this run (the message says whether its operator has been alerted). The files are kept and the run can be replayed."));

    private final RuleText text;

    HubRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
