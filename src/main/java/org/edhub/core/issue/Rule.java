package org.edhub.core.issue;

/**
 * A stable rule code with its severity, the problem in the state's words and the fix a coordinator applies. Each
 * state program lists its rules in one enum implementing this interface; a code is never reused for another meaning.
 */
public interface Rule {
    RuleText text();

    default String code() {
        return text().code();
    }

    default Severity severity() {
        return text().severity();
    }

    /** The problem in the state's words, e.g. "No Primary Teacher Assigned"; null when the rule has none. */
    default String title() {
        return text().title();
    }

    /** What the coordinator does about it, in their words. */
    default String fix() {
        return text().fix();
    }

    /** Starts an issue of this rule; the caller adds where it was found and what it says. */
    default Issue issue(String message) {
        return new Issue(severity(), code(), null, null, null, null, message, fix());
    }
}
