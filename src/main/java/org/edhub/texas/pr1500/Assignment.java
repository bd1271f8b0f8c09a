package org.edhub.texas.pr1500;

import java.util.Locale;

/**
 * The assignment rows of the reports, in their order (spec, rule 4). Career and Technical Education and Computer
 * Science/Technology are rows of the secondary report only ({@link CountingRules#row}).
 */
public enum Assignment {
    GENERALIST("Generalist"),
    ELA_READING("English Language Arts/Reading"),
    MATHEMATICS("Mathematics"),
    SCIENCE("Science"),
    SOCIAL_STUDIES("Social Studies"),
    FINE_ARTS("Fine Arts"),
    HEALTH_PE("Health and Physical Education"),
    LOTE("Languages Other Than English"),
    BILINGUAL_ESL("Bilingual/ESL"),
    SPECIAL_EDUCATION("Special Education"),
    CTE("Career and Technical Education"),
    COMPUTER_SCIENCE("Computer Science/Technology"),
    OTHER("Other");

    private final String label;

    Assignment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its label as written in the mapping table (case and spaces tolerated), or null. */
    public static Assignment ofLabel(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Assignment a : values()) {
            if (a.label.toLowerCase(Locale.ROOT).equals(t) || a.name().toLowerCase(Locale.ROOT).equals(t)) return a;
        }
        return null;
    }
}
