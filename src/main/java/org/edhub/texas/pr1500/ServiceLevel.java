package org.edhub.texas.pr1500;

import java.util.EnumSet;
import java.util.Set;

/** The level a service ID belongs to in the mapping table: {@code ELEM}, {@code SEC} or {@code BOTH}. */
public enum ServiceLevel {
    ELEM, SEC, BOTH;

    public Set<Report> reports() {
        return switch (this) {
            case ELEM -> EnumSet.of(Report.ELEMENTARY);
            case SEC -> EnumSet.of(Report.SECONDARY);
            case BOTH -> EnumSet.allOf(Report.class);
        };
    }
}
