package org.edhub.kentucky;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.kentucky.validation.ValidationCategory;

/**
 * The lead of a validation run's mail, read back from its outputs: per validation the counts per category, then the
 * Error and Out of Field results largest first with their share and their fix (seed 000: four errors are 94%).
 */
final class ValidationMail {
    static final int RESULTS_LISTED = 4;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

    private ValidationMail() {
    }

    static String summary(Path outDir) {
        if (!Files.exists(outDir.resolve(LeadValidationProgram.COURSES + ".csv"))) return "";
        StringBuilder b = new StringBuilder("LEAD validation results\n");
        section(b, "Courses", outDir.resolve(LeadValidationProgram.COURSES + ".csv"));
        section(b, "Case Load", outDir.resolve(LeadValidationProgram.CASELOAD + ".csv"));
        section(b, "Munis", outDir.resolve(LeadValidationProgram.MUNIS + ".csv"));
        List<CSVRecord> upload = read(outDir.resolve(LeadValidationProgram.EERP_UPLOAD_FILE));
        List<CSVRecord> findings = read(outDir.resolve(LeadValidationProgram.EERP_VALIDATION + ".csv"));
        long leftOut = findings.stream().filter(r -> "Y".equals(r.get("Left Out Of Upload")))
                .map(r -> r.get("Person ID") + "|" + r.get("Job Class Code") + "|" + r.get("Location")).distinct().count();
        b.append("\nEERP upload: ").append(upload.size()).append(" row(s) in ").append(LeadValidationProgram.EERP_UPLOAD_FILE)
                .append(", ").append(leftOut).append(" left out for errors (see ").append(LeadValidationProgram.EERP_VALIDATION)
                .append(".csv)\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, Path file) {
        List<CSVRecord> rows = read(file);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (ValidationCategory c : ValidationCategory.values()) {
            long n = rows.stream().filter(r -> r.get("Category").equals(c.label())).count();
            if (n > 0) byCategory.put(c.label(), n);
        }
        b.append('\n').append(title).append(": ").append(rows.size()).append(" result(s): ")
                .append(byCategory.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")))
                .append('\n');
        for (String category : List.of("Error", "Out of Field", "Warning")) {
            List<CSVRecord> found = rows.stream().filter(r -> r.get("Category").equals(category)).toList();
            if (found.isEmpty()) continue;
            Map<String, List<CSVRecord>> byResult = found.stream().collect(Collectors.groupingBy(r -> r.get("Result") + "\n    Fix: " + r.get("Fix")));
            List<Map.Entry<String, List<CSVRecord>>> largest = new ArrayList<>(byResult.entrySet());
            largest.sort(Map.Entry.<String, List<CSVRecord>>comparingByValue((x, y) -> y.size() - x.size()).thenComparing(Map.Entry.comparingByKey()));
            int shown = Math.min(RESULTS_LISTED, largest.size());
            long covered = largest.subList(0, shown).stream().mapToLong(e -> e.getValue().size()).sum();
            b.append("  ").append(category).append(": ").append(found.size()).append(shown < largest.size() ? ", the " + shown
                    + " largest make up " + Math.round(100.0 * covered / found.size()) + "% of them" : "").append('\n');
            for (Map.Entry<String, List<CSVRecord>> e : largest.subList(0, shown)) {
                String[] resultAndFix = e.getKey().split("\n", 2);
                b.append("  - ").append(resultAndFix[0]).append(": ").append(e.getValue().size()).append('\n')
                        .append(resultAndFix[1]).append('\n');
            }
        }
    }

    private static List<CSVRecord> read(Path file) {
        if (!Files.exists(file)) return List.of();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return FORMAT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
