package org.edhub.kentucky.bundle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.program.Mappings;

/**
 * The Kentucky code tables the extract reads from {@code mappings/ky/} (editable without a rebuild): the state
 * classifications reported to LEAD (R5.BR4), the placeholder course codes and EPSB IDs (seed 000), and the role of
 * each District Assignment type code.
 *
 * @param assignmentRoles type code to role: TEACHER, ADMINISTRATOR, COUNSELOR, SUBSTITUTE or OTHER
 */
public record LeadReference(Set<String> leadClassifications, Set<String> placeholderCourses,
                            Map<String, String> placeholderEpsbKinds, Map<String, String> assignmentRoles) {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();

    public static LeadReference load(Mappings mappings) {
        return new LeadReference(
                column(mappings, "ky/lead-state-classifications.csv", "code").keySet(),
                column(mappings, "ky/placeholder-courses.csv", "state_course_code").keySet(),
                pairs(mappings, "ky/placeholder-epsb-ids.csv", "epsb_id", "kind"),
                pairs(mappings, "ky/assignment-types.csv", "code", "role"));
    }

    public boolean isCollegeProfessor(String epsbId) {
        return "COLLEGE_PROFESSOR".equals(placeholderEpsbKinds.get(epsbId));
    }

    /** True when the assignment type (or alternate type) code has one of these roles. */
    public boolean hasRole(String typeCode, String... roles) {
        String role = assignmentRoles.get(typeCode);
        return role != null && Set.of(roles).contains(role);
    }

    private static Map<String, String> column(Mappings mappings, String table, String key) {
        return pairs(mappings, table, key, key);
    }

    private static Map<String, String> pairs(Mappings mappings, String table, String key, String value) {
        try (Reader in = new InputStreamReader(mappings.open(table), StandardCharsets.UTF_8)) {
            Map<String, String> map = new HashMap<>();
            for (CSVRecord r : FORMAT.parse(in)) map.put(r.get(key), r.get(value));
            return java.util.Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mapping table " + table, e);
        }
    }
}
