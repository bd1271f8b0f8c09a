package org.edhub.core.issue;

/** A file that cannot be read at all: the run rejects it whole and reports this issue. */
public class InputRejected extends RuntimeException {
    private final transient Issue issue;

    public InputRejected(Issue issue) {
        super(issue.where() + ": " + issue.message());
        this.issue = issue;
    }

    public InputRejected(Issue issue, Throwable cause) {
        super(issue.where() + ": " + issue.message(), cause);
        this.issue = issue;
    }

    public Issue issue() {
        return issue;
    }
}
