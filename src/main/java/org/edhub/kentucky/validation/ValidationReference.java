package org.edhub.kentucky.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edhub.kentucky.bundle.LeadReference;
import org.edhub.kentucky.bundle.MappingTable;
import org.edhub.core.program.Mappings;

/**
 * The code tables LEAD validation reads from {@code mappings/ky/}, besides the extract's: disability codes to KECS
 * populations, teaching method names, certified assignment types, Munis job classes and caseload limits.
 */
public record ValidationReference(LeadReference lead, Map<String, String> populations, Map<String, String> teachingMethods,
                                  Set<String> certifiedTypes, Map<String, JobClass> jobClasses, CaseloadLimits caseloadLimits) {

    /** A Munis job class: the job function a credential must grant, or a last-resort code that needs a manual clearance. */
    public record JobClass(String code, String name, String jobFunction, boolean manualClearance) {
    }

    public static ValidationReference load(Mappings mappings) {
        return new ValidationReference(LeadReference.load(mappings),
                pairs(mappings, "ky/disability-populations.csv", "code", r -> r.get("population")),
                pairs(mappings, "ky/teaching-methods.csv", "code", r -> r.get("name")),
                MappingTable.rows(mappings, "ky/assignment-types.csv").stream().filter(r -> "Y".equalsIgnoreCase(r.get("certified")))
                        .map(r -> r.get("code")).collect(Collectors.toUnmodifiableSet()),
                pairs(mappings, "ky/munis-job-classes.csv", "job_class_code", r -> new JobClass(r.get("job_class_code"),
                        r.get("name"), blankToNull(r.get("job_function")), "Y".equalsIgnoreCase(r.get("manual_clearance")))),
                CaseloadLimits.load(mappings));
    }

    /** The KECS population of a disability code (AUT: Autistic); an unknown code stands for itself. */
    public String population(String disability) {
        return populations.getOrDefault(disability, disability);
    }

    public String teachingMethod(String code) {
        return code == null ? "(blank)" : code + " " + teachingMethods.getOrDefault(code, "(unknown)");
    }

    private static <V> Map<String, V> pairs(Mappings mappings, String table, String key, Function<Map<String, String>, V> value) {
        Map<String, V> map = new HashMap<>();
        MappingTable.rows(mappings, table).forEach(r -> map.put(r.get(key), value.apply(r)));
        return Collections.unmodifiableMap(map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
