package org.edhub.core.issue;

/** Where readers and rules report what they find. */
@FunctionalInterface
public interface IssueSink {
    void report(Issue issue);
}
