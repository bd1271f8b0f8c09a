package org.edhub.kentucky;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.edhub.core.issue.Findings;
import org.edhub.kentucky.validation.CaseloadValidationRow;
import org.edhub.kentucky.validation.CourseValidationRow;
import org.edhub.kentucky.validation.EerpFinding;
import org.edhub.kentucky.validation.LeadValidation;
import org.edhub.kentucky.validation.MunisValidationRow;
import org.edhub.kentucky.validation.ValidationCategory;
import org.edhub.kentucky.validation.ValidationResult;

/**
 * The lead of a validation run's mail, from the validation's results: per validation the counts per category, then
 * the Error and Out of Field results largest first with their share and their fix (seed 000: four errors are 94%).
 */
final class ValidationMail {
    /** As many as lead a severity on the run and issues pages, so that the mail and the pages tell the same lesson. */
    static final int RESULTS_LISTED = Findings.LEADING;

    private ValidationMail() {
    }

    static String summary(LeadValidation v) {
        StringBuilder b = new StringBuilder("LEAD validation results\n");
        section(b, "Courses", v.courses().stream().map(CourseValidationRow::result).toList());
        section(b, "Case Load", v.caseload().stream().map(CaseloadValidationRow::result).toList());
        section(b, "Munis", v.munis().stream().map(MunisValidationRow::result).toList());
        long leftOut = v.eerp().findings().stream().filter(EerpFinding::leavesRowOut)
                .map(f -> f.row().personId() + "|" + f.row().jobClassCode() + "|" + f.row().location()).distinct().count();
        b.append("\nEERP upload: ").append(v.eerp().uploaded().size()).append(" row(s) in ").append(LeadValidationProgram.EERP_UPLOAD_FILE)
                .append(", ").append(leftOut).append(" left out for errors (see ").append(LeadValidationProgram.EERP_VALIDATION)
                .append(".csv)\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<ValidationResult> results) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (ValidationCategory c : ValidationCategory.values()) {
            long n = results.stream().filter(r -> r.category() == c).count();
            if (n > 0) byCategory.put(c.label(), n);
        }
        b.append('\n').append(title).append(": ").append(results.size()).append(" result(s): ")
                .append(byCategory.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")))
                .append('\n');
        for (ValidationCategory category : List.of(ValidationCategory.ERROR, ValidationCategory.OUT_OF_FIELD, ValidationCategory.WARNING)) {
            List<ValidationResult> found = results.stream().filter(r -> r.category() == category).toList();
            if (found.isEmpty()) continue;
            Map<String, List<ValidationResult>> byResult = found.stream()
                    .collect(Collectors.groupingBy(r -> r.result() + "\n    Fix: " + Objects.toString(r.fixText(), "")));
            List<Map.Entry<String, List<ValidationResult>>> largest = new ArrayList<>(byResult.entrySet());
            largest.sort(Map.Entry.<String, List<ValidationResult>>comparingByValue((x, y) -> y.size() - x.size())
                    .thenComparing(Map.Entry.comparingByKey()));
            int shown = Math.min(RESULTS_LISTED, largest.size());
            long covered = largest.subList(0, shown).stream().mapToLong(e -> e.getValue().size()).sum();
            b.append("  ").append(category.label()).append(": ").append(found.size()).append(shown < largest.size() ? ", the " + shown
                    + " largest make up " + Math.round(100.0 * covered / found.size()) + "% of them" : "").append('\n');
            for (Map.Entry<String, List<ValidationResult>> e : largest.subList(0, shown)) {
                String[] resultAndFix = e.getKey().split("\n", 2);
                b.append("  - ").append(resultAndFix[0]).append(": ").append(e.getValue().size()).append('\n')
                        .append(resultAndFix[1]).append('\n');
            }
        }
    }
}
