package org.edhub.texas.pr1500;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rule 5's code tables as read: {@code mappings/tx/cert-types.csv} (Cert Typ Code to category, or {@code NOT COUNTED})
 * and the district's local permit codes from {@code mappings/tx/district-permits.csv}. The category a code counts in
 * is rule 5's ({@link CountingRules#category}).
 */
public final class CertTypeTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
            .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
    private final Map<String, Optional<CredentialCategory>> types = new HashMap<>();
    private final Set<String> permits = new HashSet<>();

    public static CertTypeTable read(InputStream certTypes, InputStream districtPermits, String districtId) {
        CertTypeTable table = new CertTypeTable();
        for (CSVRecord r : parse(certTypes, "cert-types.csv")) {
            String label = r.get("category");
            CredentialCategory category = CredentialCategory.ofLabel(label);
            if (category == null && !label.equalsIgnoreCase("NOT COUNTED")) {
                throw Pr1500Rule.badMappingRow("tx/cert-types.csv", r.getParser().getCurrentLineNumber(), "category", label,
                        "unknown category for " + r.get("cert_type") + ":");
            }
            table.type(r.get("cert_type"), category);
        }
        for (CSVRecord r : parse(districtPermits, "district-permits.csv")) {
            if (r.get("district_id").equals(districtId)) table.permit(r.get("cert_type"));
        }
        return table;
    }

    /** Maps a code to a category; a null category means the certificate is known but not counted. */
    public CertTypeTable type(String code, CredentialCategory category) {
        types.put(code.strip().toUpperCase(Locale.ROOT), Optional.ofNullable(category));
        return this;
    }

    public CertTypeTable permit(String code) {
        permits.add(code.strip().toUpperCase(Locale.ROOT));
        return this;
    }

    public boolean isKnown(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return permits.contains(c) || types.containsKey(c);
    }

    /** Whether district-permits.csv lists the code for this district. */
    public boolean isPermit(String code) {
        return permits.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The category cert-types.csv gives the code; empty for a code it lists as NOT COUNTED or does not list. */
    public Optional<CredentialCategory> listedCategory(String code) {
        return types.getOrDefault(code.strip().toUpperCase(Locale.ROOT), Optional.empty());
    }

    private static Iterable<CSVRecord> parse(InputStream in, String name) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
