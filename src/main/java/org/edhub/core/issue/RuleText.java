package org.edhub.core.issue;

/**
 * What a rule always says: its stable code, its severity, the problem in the state's words (the title a finding of
 * the rule carries on the dashboard, e.g. LEAD's "No Primary Teacher Assigned") and the fix a coordinator applies.
 *
 * @param title null for a rule without one: its findings are titled with the code
 */
public record RuleText(String code, Severity severity, String title, String fix) {
    public static RuleText error(String code, String title, String fix) {
        return new RuleText(code, Severity.ERROR, title, fix);
    }

    public static RuleText warning(String code, String title, String fix) {
        return new RuleText(code, Severity.WARNING, title, fix);
    }

    public static RuleText info(String code, String title, String fix) {
        return new RuleText(code, Severity.INFO, title, fix);
    }

    public static RuleText error(String code, String fix) {
        return error(code, null, fix);
    }

    public static RuleText warning(String code, String fix) {
        return warning(code, null, fix);
    }

    public static RuleText info(String code, String fix) {
        return info(code, null, fix);
    }
}
