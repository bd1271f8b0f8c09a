package org.edhub.kentucky.validation;

import java.time.LocalDate;
import java.util.List;

import org.edhub.kentucky.extract.ActiveStaff;

/** Gathers the facts of one uploaded EERP row for the Munis validation. */
public final class MunisFacts {
    private final ActiveStaff staff;
    private final KecsIndex kecs;
    private final ValidationReference reference;

    public MunisFacts(ActiveStaff staff, KecsIndex kecs, ValidationReference reference) {
        this.staff = staff;
        this.kecs = kecs;
        this.reference = reference;
    }

    /** Credentials count when Active and unexpired on the assignment's start (July 1 when it started earlier or is blank). */
    public MunisCase of(EerpRow row) {
        LocalDate day = row.startDate() == null || row.startDate().isBefore(staff.yearStart()) ? staff.yearStart() : row.startDate();
        ValidationReference.JobClass jobClass = reference.jobClasses().get(row.jobClassCode());
        List<HeldPermission> held = kecs.permissionsOn(row.epsbId(), day);
        boolean granted = jobClass != null && jobClass.jobFunction() != null
                && held.stream().anyMatch(p -> jobClass.jobFunction().equalsIgnoreCase(p.permission().jobFunction()));
        return new MunisCase(row, kecs.known(row.epsbId()), staff.employment(row.personId()).isPresent(), jobClass,
                kecs.cleared(row.epsbId(), row.jobClassCode(), row.schoolYear()), granted,
                held.stream().map(HeldPermission::credentialLabel).distinct().sorted().toList());
    }
}
