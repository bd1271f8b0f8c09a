package org.edhub.texas.bench;

import java.util.List;

/**
 * The kinds of generated campus, with their share of campuses and the C050 grades they enroll. {@code NO_ENROLLMENT}
 * has staff responsibilities but no 40110 record (rule TX-PR1500-CAMPUS-NO-ENROLLMENT).
 */
enum CampusKind {
    ELEMENTARY(0.55, List.of("EE", "PK", "KG", "01", "02", "03", "04", "05")),
    MIDDLE(0.20, List.of("06", "07", "08")),
    HIGH(0.165, List.of("09", "10", "11", "12")),
    PK_6(0.04, List.of("PK", "KG", "01", "02", "03", "04", "05", "06")),
    K_8(0.04, List.of("KG", "01", "02", "03", "04", "05", "06", "07", "08")),
    NO_ENROLLMENT(0.005, List.of());

    final double share;
    final List<String> grades;

    CampusKind(double share, List<String> grades) {
        this.share = share;
        this.grades = grades;
    }

    /** The kind whose cumulative share covers {@code u} in [0, 1). */
    static CampusKind at(double u) {
        double sum = 0;
        for (CampusKind k : values()) {
            sum += k.share;
            if (u < sum) return k;
        }
        return ELEMENTARY;
    }

    boolean elementary() {
        return this == ELEMENTARY || this == PK_6 || this == K_8;
    }

    boolean secondary() {
        return this == MIDDLE || this == HIGH || this == PK_6 || this == K_8 || this == NO_ENROLLMENT;
    }
}
