package org.edhub.core.text;

import static org.edhub.core.issue.RuleText.error;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What {@link TextFile} finds wrong with a district's file, whatever the state. */
public enum TextRule implements Rule {
    NOT_TEXT(error("HUB-NOT-TEXT", "Not a text file", "Export the file again as CSV text (UTF-8 or Windows-1252) and drop it again.")),
    LINE_TOO_LONG(error("HUB-LINE-TOO-LONG", "A line far longer than a row of this file",
            "Export the file again: one row per line, with the columns of its layout; the file is not used until then."));

    private final RuleText text;

    TextRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
