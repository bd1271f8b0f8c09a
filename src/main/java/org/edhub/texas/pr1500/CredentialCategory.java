package org.edhub.texas.pr1500;

import java.util.Locale;

/**
 * The credential columns of the reports, in their order; which certificates count in each is rule 5's
 * ({@link CountingRules#category}, {@link CountingRules#categories}).
 */
public enum CredentialCategory {
    STANDARD("Standard"),
    PROBATIONARY("Probationary"),
    INTERN("Intern"),
    EMERGENCY("Emergency"),
    DISTRICT_PERMIT("District Permit"),
    VIT("VIT"),
    NO_CREDENTIAL("No Credential");

    private final String label;

    CredentialCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CredentialCategory ofLabel(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (CredentialCategory c : values()) {
            if (c.label.toLowerCase(Locale.ROOT).equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) return c;
        }
        return null;
    }
}
