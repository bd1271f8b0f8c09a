package org.edhub.kentucky.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.School;

/**
 * R7 STAFF: one row per active staff member, school, Type and AltType; where several assignments share them, the one
 * that started latest gives the title and job class. Sorted by EndYear, DistrictNumber, PersonID, SchoolNumber, Type,
 * AltType.
 */
public final class StaffList {
    static final Comparator<StaffRow> ORDER = Comparator.comparing(StaffRow::endYear, Ids.ORDER)
            .thenComparing(StaffRow::districtNumber, Ids.ORDER).thenComparing(StaffRow::personId, Ids.ORDER)
            .thenComparing(StaffRow::schoolNumber, Ids.ORDER).thenComparing(StaffRow::type, Ids.ORDER)
            .thenComparing(StaffRow::altType, Ids.ORDER);
    private static final Comparator<Assignment> LATEST_START = Comparator.comparing(Assignment::startDate,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private StaffList() {
    }

    public static List<StaffRow> of(ActiveStaff staff, SisIndex index, String endYear) {
        return staff.people().stream().flatMap(person -> rowsOf(person, staff, index, endYear).stream())
                .sorted(ORDER).toList();
    }

    /** Of several assignments with the same school, type and alt type, the one that started last (the first on a tie). */
    static Assignment latest(List<Assignment> assignments) {
        return assignments.stream().reduce((a, b) -> LATEST_START.compare(a, b) >= 0 ? a : b).orElseThrow();
    }

    private static List<StaffRow> rowsOf(String person, ActiveStaff staff, SisIndex index, String endYear) {
        Employment employment = staff.employment(person).orElseThrow();
        Map<List<String>, Assignment> latest = staff.assignments(person).stream().collect(Collectors.toMap(
                a -> java.util.Arrays.asList(a.schoolNumber(), a.type(), a.altType()), a -> a,
                (a, b) -> LATEST_START.compare(a, b) >= 0 ? a : b));
        return latest.values().stream().map(a -> new StaffRow(endYear, person,
                index.school(a.schoolNumber()).map(School::districtNumber).orElse(index.district().districtNumber()),
                a.schoolNumber(), employment.licenseNumber(), employment.firstName(), employment.lastName(), a.type(),
                a.altType(), a.title(), a.jobClassCode())).toList();
    }
}
