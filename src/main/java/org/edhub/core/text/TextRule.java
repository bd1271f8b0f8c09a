package org.edhub.core.text;

import static org.edhub.core.issue.RuleText.error;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What {@link TextFile} finds wrong with a district's file, whatever the state. */
public enum TextRule implements Rule {
    NOT_TEXT(error("HUB-NOT-TEXT", "Not a text file", "Export the file again as CSV text (UTF-8 or Windows-1252) and drop it again."));

    private final RuleText text;

    TextRule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
