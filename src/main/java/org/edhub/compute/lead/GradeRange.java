package org.edhub.compute.lead;

import java.util.List;
import java.util.Objects;

import org.edhub.parse.kentucky.Grades;

/** The lowest and highest of some grade codes, in the state's grade order. */
record GradeRange(String low, String high) {

    static GradeRange of(List<String> grades) {
        List<String> known = grades.stream().filter(Objects::nonNull).toList();
        return new GradeRange(known.stream().min(Grades.BY_ORDER).orElse(null),
                known.stream().max(Grades.BY_ORDER).orElse(null));
    }

    boolean isEmpty() {
        return low == null;
    }
}
