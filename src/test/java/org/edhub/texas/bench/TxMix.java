package org.edhub.texas.bench;

import java.util.List;

import org.edhub.bench.Dice;

/**
 * The realistic mix of the Texas inputs: service IDs by campus kind, teaching experience (about 16% inexperienced:
 * 0 or 1 year) and credentials (about 14% of teachers without a standard certificate for their level: probationary,
 * intern, emergency, VIT or none), with the rare faults that make every PR1500 rule run.
 */
final class TxMix {
    static final List<String> ELEMENTARY_SERVICES = List.of("01010000", "01020000", "02010000", "02020000", "02030000",
            "02040000", "02050000", "02000000");
    static final List<String> SECONDARY_SERVICES = List.of("03100500", "03100600", "03100700", "03010200", "03040000",
            "03050000", "03220100", "03220200", "03300100", "03310300", "03150100", "03250100", "13036200", "13011200");
    static final List<String> SPECIAL_EDUCATION = List.of("SE000001", "SE000002", "SE000003", "SE000004", "SE000007");
    static final List<String> LOTE = List.of("02111000", "02122000", "02403000", "01110000");
    static final List<String> UNMAPPED = List.of("N1290001", "PES00052", "07200000");
    static final double UNMAPPED_SERVICE = 0.003;
    static final double LEVEL_MISMATCH = 0.005;
    static final double NOT_TEACHER_ROLE = 0.02;
    static final double NO_STUDENTS = 0.02;
    static final double NO_STAFF_RECORD = 0.002;
    static final double OTHER_EXPERIENCE_ELEMENT = 0.01;
    static final double BAD_EXPERIENCE = 0.0005;
    static final double SECOND_CAMPUS = 0.02;
    static final double KEYED_BY_SSN = 0.4;
    static final double BAD_GRADE_CODE = 0.00001;

    private TxMix() {
    }

    /** The service ID of one 30090 record of a teacher whose first service is {@code main}. */
    static String service(Dice dice, CampusKind kind, String main) {
        if (dice.chance(UNMAPPED_SERVICE)) return dice.pick(UNMAPPED);
        if (kind == CampusKind.ELEMENTARY && dice.chance(LEVEL_MISMATCH)) return dice.pick(SECONDARY_SERVICES);
        return dice.chance(0.8) ? main : mainService(dice, kind);
    }

    /** A teacher's usual service ID at a campus of this kind. */
    static String mainService(Dice dice, CampusKind kind) {
        double u = dice.unit();
        if (u < 0.09) return dice.pick(SPECIAL_EDUCATION);
        if (u < 0.12 && kind.elementary()) return dice.pick(LOTE);
        boolean elementary = kind == CampusKind.ELEMENTARY || (kind.elementary() && dice.chance(0.6));
        return dice.pick(elementary ? ELEMENTARY_SERVICES : SECONDARY_SERVICES);
    }

    /** E0130: 8% beginning, 8% one year, the rest spread to 40 years. */
    static int experience(Dice dice) {
        double u = dice.unit();
        if (u < 0.08) return 0;
        if (u < 0.16) return 1;
        if (u < 0.55) return dice.between(2, 10);
        if (u < 0.85) return dice.between(11, 20);
        if (u < 0.97) return dice.between(21, 30);
        return dice.between(31, 40);
    }

    /** The credential standing of a teacher: the category of their certificate for their level, or none. */
    enum Standing {
        STANDARD(0.86, "STD"), PROBATIONARY(0.04, "PRO"), INTERN(0.03, "INT"), EMERGENCY(0.02, "EMP"), VIT(0.01, "VIT"),
        NONE(0.04, null);

        final double share;
        final String certType;

        Standing(double share, String certType) {
            this.share = share;
            this.certType = certType;
        }

        static Standing draw(Dice dice) {
            double u = dice.unit();
            double sum = 0;
            for (Standing s : values()) {
                sum += s.share;
                if (u < sum) return s;
            }
            return STANDARD;
        }
    }
}
