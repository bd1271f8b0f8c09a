package org.edhub.kentucky.bench;

/** The kinds of generated school: share of schools, state classification, grade span. */
enum SchoolKind {
    ELEMENTARY(0.55, "A1", "KG", "05"), MIDDLE(0.20, "A1", "06", "08"), HIGH(0.19, "A1", "09", "12"),
    ALTERNATIVE(0.04, "A5", "06", "12"), DAY_TREATMENT(0.02, "F1", "06", "12");

    final double share;
    final String classification;
    final String low;
    final String high;

    SchoolKind(double share, String classification, String low, String high) {
        this.share = share;
        this.classification = classification;
        this.low = low;
        this.high = high;
    }

    /** The PSD teacher job class of the school's classroom teachers (mappings/ky/munis-job-classes.csv, 2010-2090). */
    String teacherJobClass() {
        return this == ELEMENTARY ? "2040" : this == MIDDLE ? "2050" : "2060";
    }

    static SchoolKind at(double u) {
        double sum = 0;
        for (SchoolKind k : values()) {
            sum += k.share;
            if (u < sum) return k;
        }
        return ELEMENTARY;
    }
}
