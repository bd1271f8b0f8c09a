package org.edhub.kentucky.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.edhub.core.program.SchoolYear;
import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.kentucky.bundle.School;

/**
 * The Issues warnings of kentucky-lead-extract.md's decisions: 18 for a section left out because its term lies
 * outside the school year, 19 for several District Assignments of one person with the same school, type and alt
 * type (one STAFF row, the assignment that started last).
 */
final class TermAndStaffWarnings {
    private TermAndStaffWarnings() {
    }

    /** Warning 18, one row per section left out, with its primary teacher on the section's last day. */
    static List<IssueRow> termsOutsideTheYear(List<PlacedSection> sections, ActiveStaff staff, SchoolYear year) {
        return sections.stream().map(p -> {
            String teacher = p.primaryTeacher();
            Optional<Employment> e = teacher == null ? Optional.empty() : staff.anyEmployment(teacher);
            return new IssueRow(LeadWarning.TERM_OUTSIDE_THE_YEAR, p.school().schoolNumber(), p.school().schoolName(), teacher,
                    e.map(Employment::firstName).orElse(null), e.map(Employment::lastName).orElse(null), p.section().sectionId(),
                    p.section().courseNumber(), p.section().courseName(), "Term " + UsDate.of(p.section().startDate()) + "-"
                    + UsDate.of(p.section().endDate()) + " lies outside the school year " + UsDate.of(year.july1()) + "-"
                    + UsDate.of(year.june30()));
        }).toList();
    }

    /** Warning 19, one row per active staff member, school, type and alt type with more than one assignment. */
    static List<IssueRow> duplicateAssignments(ActiveStaff staff, SisIndex index) {
        List<IssueRow> rows = new ArrayList<>();
        for (String person : staff.people().stream().sorted(Ids.ORDER).toList()) {
            Map<List<String>, List<Assignment>> byKey = staff.assignments(person).stream().collect(Collectors.groupingBy(
                    a -> Arrays.asList(a.schoolNumber(), a.type(), a.altType()), LinkedHashMap::new, Collectors.toList()));
            Employment e = staff.employment(person).orElseThrow();
            byKey.forEach((key, assignments) -> {
                if (assignments.size() < 2) return;
                Assignment kept = StaffList.latest(assignments);
                String school = key.get(0);
                rows.add(new IssueRow(LeadWarning.DUPLICATE_ASSIGNMENT, school, index.school(school).map(School::schoolName).orElse(null),
                        person, e.firstName(), e.lastName(), null, null, null, assignments.size() + " District Assignments at school "
                        + school + ", type " + text(key.get(1)) + ", alt type " + text(key.get(2)) + ": the STAFF row has the one that started "
                        + (kept.startDate() == null ? "(blank)" : UsDate.of(kept.startDate())) + " (title " + text(kept.title())
                        + ", job class " + text(kept.jobClassCode()) + ")"));
            });
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "(blank)" : value;
    }
}
