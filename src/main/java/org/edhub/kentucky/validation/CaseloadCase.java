package org.edhub.kentucky.validation;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the Case Load validation looks at for one case manager of the CASELOAD report.
 *
 * @param caseManagerId         0 for the students without an active case manager
 * @param staffRecord           an active District Employment and a District Assignment for the year at the school of
 *                              each caseload student's reported enrollment
 * @param unassignedSchools     the caseload's schools where the case manager has no District Assignment for the year
 * @param byDisability          student count per primary disability code
 * @param uncoveredPopulations  the caseload's populations no active Teacher permission of the case manager names (or Any)
 * @param limit                 the lowest configured limit of the caseload's disabilities, null when none is configured
 */
public record CaseloadCase(String caseManagerId, String epsbId, boolean knownEpsb, boolean staffRecord,
                           List<String> unassignedSchools, int studentCount,
                           SortedMap<String, Integer> byDisability, List<String> uncoveredPopulations, Integer limit) {
    public static final String NO_CASE_MANAGER = "0";

    public CaseloadCase {
        byDisability = new TreeMap<>(byDisability);
        uncoveredPopulations = List.copyOf(uncoveredPopulations);
        unassignedSchools = List.copyOf(unassignedSchools);
    }

    public boolean overLimit() {
        return limit != null && studentCount > limit;
    }

    public String detail() {
        return "Students: " + studentCount + "; disabilities: " + byDisability.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("; "))
                + (limit == null ? "" : "; limit: " + limit)
                + (unassignedSchools.isEmpty() ? "" : "; no District Assignment at school " + String.join(", ", unassignedSchools));
    }
}
