package org.edhub.texas.parts;

import java.util.Comparator;

/** A drill-down line's place in the drill-down's order: report, campus, assignment, teacher (as Pr1500Count.ORDER). */
record LineKey(int report, String campusId, int assignment, String staffId) {
    static final Comparator<LineKey> ORDER = Comparator.comparingInt(LineKey::report).thenComparing(LineKey::campusId)
            .thenComparingInt(LineKey::assignment).thenComparing(LineKey::staffId);
}
