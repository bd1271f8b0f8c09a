package org.edhub.core.issue;

/**
 * How much of a flood of findings a run keeps: at most {@code perRuleAndFile} issues of one rule in one file (TEA's
 * EDIT+ stops at 500 a rule), the rest counted in one summary issue; a value shown in an issue cut to
 * {@code valueLength} characters, and its message, which may quote values, to five times that (at least 1,000).
 */
public record IssueLimits(int perRuleAndFile, int valueLength) {
    public static final IssueLimits DEFAULT = new IssueLimits(500, 200);

    public IssueLimits {
        if (perRuleAndFile < 1 || valueLength < 8) {
            throw new IllegalArgumentException("issue limits: at least 1 issue per rule and file and 8 characters of a value");
        }
    }

    private static final java.util.regex.Pattern CUT = java.util.regex.Pattern.compile("… \\(\\d+ more characters\\)$");

    /** The value as an issue shows it: cut, with the number of characters left out. */
    String cut(String value) {
        return cut(value, valueLength);
    }

    /** The message as an issue shows it: cut at five times a value's length (at least 1,000), with what was left out. */
    String cutMessage(String message) {
        return cut(message, messageLength());
    }

    int messageLength() {
        return Math.max(1000, 5 * valueLength);
    }

    /** Cut once: a text already cut at this length (an issue passed on from one run's issues to another's) stays. */
    private static String cut(String text, int length) {
        if (text == null || text.length() <= length) return text;
        java.util.regex.Matcher cut = CUT.matcher(text);
        if (cut.find() && cut.start() == length) return text;
        return text.substring(0, length) + "… (" + (text.length() - length) + " more characters)";
    }
}
