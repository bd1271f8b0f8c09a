package org.edhub.kentucky.validation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.edhub.core.text.Digits;
import org.edhub.core.program.Mappings;
import org.edhub.kentucky.bundle.Grades;
import org.edhub.kentucky.bundle.MappingTable;

/**
 * Special-education caseload limits ({@code mappings/ky/caseload-limits.csv}, from 707 KAR 1:350 §3 and KRS 334A.190):
 * per disability and grade band the most students a resource teacher (a speech-language pathologist for SLI) may
 * carry; {@code none} where §3 sets no limit. The collaborative-model rows (§2(4)) are kept in the table with their
 * source but not applied: the SIS bundle carries no service model (enrollments' service_type is the enrollment's
 * primary/secondary/no-service type), so every caseload is judged by the resource limits.
 */
public record CaseloadLimits(List<Limit> limits) {
    public static final String TABLE = "ky/caseload-limits.csv";
    public static final String PRIMARY = "primary";
    public static final String SECONDARY = "secondary";
    static final String ALL = "all";
    static final String RESOURCE = "resource";
    /** The last grade of the primary band (spec: primary is up to grade 5). */
    static final String LAST_PRIMARY_GRADE = "05";

    /** One row of the table; {@code max} is null where the regulation sets none (or none was found). */
    public record Limit(String disability, String serviceModel, String gradeBand, Integer max, String source) {
        boolean resource() {
            return serviceModel != null && serviceModel.toLowerCase().startsWith(RESOURCE);
        }

        boolean inBand(String band) {
            return ALL.equalsIgnoreCase(gradeBand) || gradeBand.equalsIgnoreCase(band);
        }
    }

    public CaseloadLimits {
        limits = List.copyOf(limits);
    }

    public static CaseloadLimits load(Mappings mappings) {
        return new CaseloadLimits(MappingTable.rows(mappings, TABLE).stream().map(r -> new Limit(r.get("disability"),
                r.get("service_model"), r.get("grade_band"), count(r.get("max_caseload")), r.get("source"))).toList());
    }

    /** The grade band of a student's grade: primary up to grade 5 (preschool and kindergarten included), else secondary. */
    public static String band(String grade) {
        if (grade == null || !Grades.isGrade(grade)) return null;
        return Grades.BY_ORDER.compare(grade, LAST_PRIMARY_GRADE) <= 0 ? PRIMARY : SECONDARY;
    }

    /** The resource limit of a disability in a band; empty where §3 sets none or the table has no row. */
    public Optional<Integer> of(String disability, String band) {
        return limits.stream().filter(l -> l.resource() && l.disability().equalsIgnoreCase(disability) && l.inBand(band))
                .map(Limit::max).filter(Objects::nonNull).min(Integer::compare);
    }

    /**
     * The limit of a caseload: the lowest resource limit of its disabilities in the bands of its students' grades
     * (a case manager with primary and secondary students: the lower of the two); null when none applies.
     */
    public Integer lowest(Collection<String> disabilities, Collection<String> bands) {
        List<String> judged = bands.stream().filter(Objects::nonNull).distinct().toList();
        if (judged.isEmpty()) judged = List.of(PRIMARY, SECONDARY);
        List<String> inBands = judged;
        return disabilities.stream().flatMap(d -> inBands.stream().map(b -> of(d, b))).flatMap(Optional::stream)
                .min(Integer::compare).orElse(null);
    }

    private static Integer count(String text) {
        return Digits.only(text) ? Integer.valueOf(text) : null;
    }
}
