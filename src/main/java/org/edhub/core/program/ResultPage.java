package org.edhub.core.program;

/** A dashboard page of a program's results for one run, e.g. {@code LEAD Courses} at {@code /runs/7/lead/courses}. */
public record ResultPage(String label, String href) {
}
