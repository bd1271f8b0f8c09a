package org.edhub.kentucky.bench;

import java.util.List;

import org.edhub.bench.CsvOut;
import org.edhub.bench.Dice;

/**
 * The KECS credentials of generated educators and the permissions each credential grants (kentucky-lead-validation.md):
 * an elementary P-5 certificate, a 5-12 certificate per content area, special education (learning and behaviour
 * disorders, any population), guidance, administration and substitute. About 5% of teachers hold a certificate for
 * another content than they teach, 2% an inactive one and 3% an expired one, so the validation finds Out of Field.
 */
final class KyCredentials {
    static final String ELEMENTARY = "ELEM-P5";
    static final String SPECIAL_EDUCATION = "LBD-P12";
    static final String GUIDANCE = "GUID-P12";
    static final String ADMINISTRATION = "ADMN-P12";
    static final String SUBSTITUTE = "SUBS-P12";
    static final List<String> CONTENTS = List.of("Mathematics", "English/Language Arts", "Science", "Social Studies",
            "Arts and Humanities", "Physical Education", "World Language");

    private KyCredentials() {
    }

    static String contentCode(int content) {
        return "CONT" + content + "-512";
    }

    static void writePermissions(CsvOut csv) {
        csv.row(ELEMENTARY, "Any", "Teacher", "General", "KG", "05");
        for (int i = 0; i < CONTENTS.size(); i++) {
            csv.row(contentCode(i), CONTENTS.get(i), "Teacher", "General", "05", "12");
            csv.row(contentCode(i), CONTENTS.get(i), "Teacher", "Alternative", "05", "12");
        }
        csv.row(SPECIAL_EDUCATION, "Any", "Teacher", "Any", "KG", "12");
        csv.row(GUIDANCE, "Any", "Counselor", "Any", "All Grades", "All Grades");
        csv.row(ADMINISTRATION, "Any", "Administrator", "Any", "All Grades", "All Grades");
        csv.row(SUBSTITUTE, "Any", "Substitute", "Any", "All Grades", "All Grades");
    }

    /** The credential rows of one educator whose proper credential is {@code code}. */
    static void write(CsvOut csv, Dice dice, String epsb, String code) {
        String held = code;
        if (code.startsWith("CONT") && dice.chance(0.05)) held = contentCode(dice.between(0, CONTENTS.size() - 1));
        String status = dice.chance(0.02) ? "Inactive" : "Active";
        String expires = dice.chance(0.03) ? "2025-06-30" : "2030-06-30";
        csv.row(epsb, held, held + " certificate", status, "2015-07-01", expires);
        if (dice.chance(0.3)) csv.row(epsb, SUBSTITUTE, "Substitute certificate", "Active", "2012-07-01", "2027-06-30");
    }
}
