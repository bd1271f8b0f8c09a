package org.edhub.core.issue;

/**
 * How much of a flood of findings a run keeps: at most {@code perRuleAndFile} issues of one rule in one file (TEA's
 * EDIT+ stops at 500 a rule), the rest counted in one summary issue; a value shown in an issue cut to
 * {@code valueLength} characters.
 */
public record IssueLimits(int perRuleAndFile, int valueLength) {
    public static final IssueLimits DEFAULT = new IssueLimits(500, 200);

    public IssueLimits {
        if (perRuleAndFile < 1 || valueLength < 8) {
            throw new IllegalArgumentException("issue limits: at least 1 issue per rule and file and 8 characters of a value");
        }
    }

    /** The value as an issue shows it: cut, with the number of characters left out. */
    String cut(String value) {
        if (value == null || value.length() <= valueLength) return value;
        return value.substring(0, valueLength) + "… (" + (value.length() - valueLength) + " more characters)";
    }
}
