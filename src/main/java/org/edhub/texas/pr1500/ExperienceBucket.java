package org.edhub.texas.pr1500;

/** Rule 6: total years of professional experience (E0130) bucketed as TEA reports it. */
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

    /** The bucket of a number of years; null years (no 30040 record, or none reported) is Not Reported. */
    public static ExperienceBucket of(Integer years) {
        if (years == null || years < 0) return NOT_REPORTED;
        if (years == 0) return BEGINNING;
        if (years <= 5) return YEARS_1_5;
        if (years <= 10) return YEARS_6_10;
        if (years <= 20) return YEARS_11_20;
        if (years <= 30) return YEARS_21_30;
        return OVER_30;
    }
}
