package org.edhub.kentucky.bundle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A row of the KECS {@code credentials.csv}: a credential an educator holds, Active or Inactive. */
public record Credential(String epsbId, String code, String name, String status, LocalDate effectiveDate,
                         LocalDate expirationDate) {

    public static final SisLayout<Credential> LAYOUT = new SisLayout<>("credentials.csv",
            List.of("epsb_id", "credential_code", "credential_name", "status", "effective_date", "expiration_date"),
            r -> new Credential(r.key("epsb_id"), r.key("credential_code"), r.text("credential_name"),
                    r.code("status", Set.of("ACTIVE", "INACTIVE")), r.date("effective_date"), r.date("expiration_date")));

    /** Status Active and not expired before the day (a blank expiration date never expires). */
    public boolean activeOn(LocalDate day) {
        return "ACTIVE".equals(status) && (expirationDate == null || day == null || !expirationDate.isBefore(day));
    }
}
