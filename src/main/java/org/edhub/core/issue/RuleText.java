package org.edhub.core.issue;

/** What a rule always says: its stable code, its severity and the fix a coordinator applies. */
public record RuleText(String code, Severity severity, String fix) {
    public static RuleText error(String code, String fix) {
        return new RuleText(code, Severity.ERROR, fix);
    }

    public static RuleText warning(String code, String fix) {
        return new RuleText(code, Severity.WARNING, fix);
    }

    public static RuleText info(String code, String fix) {
        return new RuleText(code, Severity.INFO, fix);
    }
}
