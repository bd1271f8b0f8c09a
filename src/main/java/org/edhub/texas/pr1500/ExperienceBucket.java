package org.edhub.texas.pr1500;

/**
 * The experience columns of the reports, in their order; the years of experience (E0130) each covers are rule 6's
 * ({@link CountingRules#bucket}).
 */
public enum ExperienceBucket {
    BEGINNING("Beginning"),
    YEARS_1_5("1-5 Years"),
    YEARS_6_10("6-10 Years"),
    YEARS_11_20("11-20 Years"),
    YEARS_21_30("21-30 Years"),
    OVER_30("Over 30 Years"),
    NOT_REPORTED("Not Reported");

    private final String label;

    ExperienceBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
