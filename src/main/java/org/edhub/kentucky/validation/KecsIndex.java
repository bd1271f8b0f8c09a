package org.edhub.kentucky.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.edhub.core.text.Digits;
import org.edhub.kentucky.bundle.Credential;
import org.edhub.kentucky.bundle.CredentialPermission;
import org.edhub.kentucky.bundle.Educator;
import org.edhub.kentucky.bundle.KecsBundle;
import org.edhub.kentucky.bundle.MunisClearance;

/** The KECS exports looked up by EPSB ID, exactly as written: an ID with a space matches nothing. */
public final class KecsIndex {
    private final KecsBundle kecs;
    private final Map<String, String> placeholders;
    private final Map<String, Educator> educators;
    private final Map<String, List<Credential>> credentials;
    private final Map<String, List<CredentialPermission>> permissions;

    /** @param placeholders placeholder EPSB ID to its kind (COLLEGE_PROFESSOR, VACANCY) */
    public KecsIndex(KecsBundle kecs, Map<String, String> placeholders) {
        this.kecs = kecs;
        this.placeholders = placeholders;
        this.educators = kecs.educators().stream().collect(Collectors.toMap(Educator::epsbId, e -> e, (a, b) -> a));
        this.credentials = group(kecs.credentials(), Credential::epsbId);
        this.permissions = group(kecs.permissions(), CredentialPermission::credentialCode);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }

    public KecsBundle bundle() {
        return kecs;
    }

    /** Digits only, no spaces. */
    public static boolean wellFormed(String epsbId) {
        return Digits.only(epsbId);
    }

    /** Well formed and known to KECS as an educator or a placeholder. */
    public boolean known(String epsbId) {
        return wellFormed(epsbId) && (educators.containsKey(epsbId) || placeholders.containsKey(epsbId));
    }

    /** COLLEGE_PROFESSOR, VACANCY, or null for a person. */
    public String placeholderKind(String epsbId) {
        return epsbId == null ? null : placeholders.get(epsbId);
    }

    public Optional<Educator> educator(String epsbId) {
        return Optional.ofNullable(epsbId == null ? null : educators.get(epsbId));
    }

    /** Every permission of the educator's credentials that are Active and unexpired on the day, any job function. */
    public List<HeldPermission> permissionsOn(String epsbId, LocalDate day) {
        if (epsbId == null) return List.of();
        return credentials.getOrDefault(epsbId, List.of()).stream().filter(c -> c.activeOn(day))
                .flatMap(c -> permissions.getOrDefault(c.code(), List.of()).stream().map(p -> new HeldPermission(c, p)))
                .toList();
    }

    /** The permissions held for teaching: job function Teacher (spec: Permissions held). */
    public List<HeldPermission> teacherPermissionsOn(String epsbId, LocalDate day) {
        return permissionsOn(epsbId, day).stream().filter(HeldPermission::isTeacher).toList();
    }

    public boolean cleared(String epsbId, String jobClassCode, String schoolYear) {
        return kecs.clearances().stream().anyMatch(c -> c.epsbId().equals(epsbId) && c.jobClassCode().equals(jobClassCode)
                && (c.schoolYear() == null || c.schoolYear().equals(schoolYear)));
    }

    public List<MunisClearance> clearances() {
        return kecs.clearances();
    }
}
