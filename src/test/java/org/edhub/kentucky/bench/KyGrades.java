package org.edhub.kentucky.bench;

import java.util.List;

/** The grade codes of the SIS bundle and the grade spans of the generated school kinds. */
final class KyGrades {
    static final List<String> ALL = List.of("KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");

    private KyGrades() {
    }

    static List<String> span(String low, String high) {
        return ALL.subList(ALL.indexOf(low), ALL.indexOf(high) + 1);
    }
}
