package org.edhub.kentucky.web;

/**
 * A validation result without its particulars, so the results chart has a slice per kind of result rather than per
 * course: "Educator does not have permissions for (U.S. History)" is a "Educator does not have permissions for (…)".
 */
public final class ResultKind {
    private ResultKind() {
    }

    public static String of(String result) {
        if (result == null) return "";
        return result.replaceAll("\\([^)]*\\)", "(…)")
                .replaceAll("grade range of \\S+", "grade range of …")
                .replaceAll("must have \\d+ years", "must have N years")
                .strip();
    }
}
