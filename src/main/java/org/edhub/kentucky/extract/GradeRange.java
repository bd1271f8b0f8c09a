package org.edhub.kentucky.extract;

import java.util.List;
import java.util.Objects;

import org.edhub.kentucky.bundle.Grades;

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
