package org.edhub.core.issue;

/** Rules of a state for tests: titled in its words with fixes, of each severity, and one with no title. */
public enum SampleRules implements Rule {
    NO_TEACHER(RuleText.error("S-NO-TEACHER", "No Primary Teacher Assigned", "Assign the primary teacher.")),
    BAD_CODE(RuleText.error("S-BAD-CODE", "Invalid Course Code", "Correct the state course code.")),
    NO_EPSB(RuleText.error("S-NO-EPSB", "No EPSB ID Provided", "Enter the EPSB ID.")),
    NO_STAFF(RuleText.error("S-NO-STAFF", "No Staff Record Found", "Add the employment record.")),
    SPACES(RuleText.error("S-SPACES", "EPSB ID has spaces", "Remove the spaces.")),
    OUT_OF_FIELD(RuleText.warning("S-OOF", "Educator does not have permissions for (content)", "Align the course.")),
    WAITING(RuleText.info("S-WAITING", "Waiting for the other inputs", "Drop them.")),
    UNTITLED(RuleText.warning("S-UNTITLED", "Check it."));

    private final RuleText text;

    SampleRules(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
