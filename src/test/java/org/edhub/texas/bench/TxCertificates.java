package org.edhub.texas.bench;

import java.util.List;

import org.edhub.bench.CsvOut;
import org.edhub.bench.Dice;

/**
 * The ECOS certificate rows of one teacher (headerless, seven columns), about 2.7 per teacher: the certificate of
 * their {@link TxMix.Standing}, usually an expired older one, and for standard teachers often a second field.
 * Snapshot 2018-10-02: "valid" certificates expire in 2019 or later, or are Life.
 */
final class TxCertificates {
    private static final List<String> FIELDS = List.of("CGN", "MTH", "SCI", "ELA", "SST", "HPE", "BIL", "ESL", "SPE", "ART", "CTE");
    static final double UNKNOWN_TYPE = 0.0002;
    static final double BAD_DATE = 0.0002;

    private TxCertificates() {
    }

    static void write(CsvOut csv, Dice dice, String key, CampusKind kind, boolean special, TxMix.Standing standing) {
        String range = special ? "Grades (EC-12)" : range(dice, kind);
        String level = range.contains("EC") ? "ALL" : "SEC";
        if (standing.certType != null) {
            String type = standing == TxMix.Standing.STANDARD && dice.chance(0.1) ? "PRV" : standing.certType;
            if (type.equals("PRO") && dice.chance(0.3)) type = "OYC";
            if (type.equals("EMP") && dice.chance(0.4)) type = "ECRT";
            int from = dice.between(type.equals("PRV") ? 1975 : 2004, 2018);
            String expires = type.equals("PRV") ? "Life" : "6/30/" + dice.between(2019, 2023);
            csv.row(key, type, date(dice, from), expires, range, level, dice.pick(FIELDS));
        }
        if (dice.chance(0.8)) {
            int from = dice.between(1995, 2010);
            csv.row(key, "STD", date(dice, from), "6/30/" + dice.between(2011, 2017), range, level, dice.pick(FIELDS));
        }
        if (standing == TxMix.Standing.STANDARD && dice.chance(0.95)) {
            csv.row(key, "STD", date(dice, dice.between(2005, 2018)), dice.chance(0.2) ? "Life" : "6/30/" + dice.between(2019, 2024),
                    dice.chance(0.5) ? "Grades (EC-12)" : range, "ALL", dice.pick(FIELDS));
        }
        if (dice.chance(UNKNOWN_TYPE)) csv.row(key, "PRF", date(dice, 2015), "Life", range, level, "PRN");
        if (dice.chance(BAD_DATE)) csv.row(key, "STD", "31/12/2015", "Life", range, level, "MTH");
    }

    private static String range(Dice dice, CampusKind kind) {
        return switch (kind) {
            case ELEMENTARY -> dice.chance(0.85) ? "Grades (EC-6)" : "Grades (PK-6)";
            case MIDDLE -> dice.chance(0.6) ? "Grades (4-8)" : "Grades (6-12)";
            case HIGH, NO_ENROLLMENT -> dice.chance(0.5) ? "Grades (7-12)" : dice.chance(0.5) ? "Grades (6-12)" : "Grades (8-12)";
            case PK_6, K_8 -> dice.chance(0.5) ? "Grades (EC-6)" : "Grades (4-8)";
        };
    }

    private static String date(Dice dice, int year) {
        return dice.between(1, 12) + "/" + dice.between(1, 28) + "/" + year;
    }
}
