package org.edhub.kentucky.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.edhub.kentucky.extract.ActiveStaff;
import org.edhub.kentucky.extract.Ids;
import org.edhub.kentucky.extract.SisIndex;
import org.edhub.kentucky.bundle.Assignment;
import org.edhub.kentucky.bundle.Employment;
import org.edhub.core.program.SchoolYear;

/**
 * The EERP upload (seed 000's EERP EPSB Upload): a row per certified District Assignment overlapping the school year
 * (type marked certified in {@code assignment-types.csv}; placeholders are not people and are left out), checked by
 * the validation report first; rows with an ERROR are left out of the file.
 *
 * @param candidates every would-be row, @param uploaded the rows of the file, @param findings the validation report
 */
public record EerpUpload(List<EerpRow> candidates, List<EerpRow> uploaded, List<EerpFinding> findings) {
    static final Comparator<EerpRow> ORDER = Comparator.comparing(EerpRow::location, Ids.ORDER)
            .thenComparing(EerpRow::lastName, Ids.ORDER).thenComparing(EerpRow::firstName, Ids.ORDER)
            .thenComparing(EerpRow::personId, Ids.ORDER).thenComparing(EerpRow::jobClassCode, Ids.ORDER);

    public static EerpUpload of(SisIndex index, ActiveStaff staff, ValidationReference reference, SchoolYear year) {
        List<EerpRow> rows = index.bundle().assignments().stream().map(Assignment::personId).distinct()
                .flatMap(p -> staff.assignments(p).stream())
                .filter(a -> reference.certifiedTypes().contains(a.type()))
                .map(a -> row(a, staff, index, year))
                .filter(r -> reference.lead().placeholderEpsbKinds().get(r.epsbId()) == null)
                .sorted(ORDER).toList();
        return check(rows, index, reference);
    }

    private static EerpRow row(Assignment a, ActiveStaff staff, SisIndex index, SchoolYear year) {
        Employment e = staff.anyEmployment(a.personId()).orElse(null);
        return new EerpRow(a.personId(), index.district().districtNumber(), year.toString(),
                e == null ? null : e.licenseNumber(), e == null ? null : e.lastName(), e == null ? null : e.firstName(),
                a.jobClassCode(), a.schoolNumber(), a.fte(), a.startDate());
    }

    /** Runs the validation report's checks over the rows, in order, and keeps the rows without an ERROR. */
    public static EerpUpload check(List<EerpRow> rows, SisIndex index, ValidationReference reference) {
        List<EerpFinding> findings = new ArrayList<>();
        List<EerpRow> uploaded = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (EerpRow r : rows) {
            List<EerpFinding> mine = new ArrayList<>();
            if (r.epsbId() == null) mine.add(new EerpFinding(EerpCheck.MISSING_EPSB_ID, r, "EPSB ID is blank"));
            else if (!KecsIndex.wellFormed(r.epsbId())) {
                mine.add(new EerpFinding(EerpCheck.MALFORMED_EPSB_ID, r, "EPSB ID '" + r.epsbId() + "'"));
            }
            ValidationReference.JobClass jobClass = r.jobClassCode() == null ? null : reference.jobClasses().get(r.jobClassCode());
            if (r.jobClassCode() == null) mine.add(new EerpFinding(EerpCheck.MISSING_JOB_CLASS, r, "Job class code is blank"));
            else if (jobClass == null) mine.add(new EerpFinding(EerpCheck.UNKNOWN_JOB_CLASS, r, "Job class code " + r.jobClassCode()));
            if (index.school(r.location()).isEmpty()) {
                mine.add(new EerpFinding(EerpCheck.LOCATION_NOT_SCHOOL, r, "Location " + r.location()));
            }
            if (!seen.add(java.util.Arrays.asList(r.epsbId(), r.jobClassCode(), r.location()))) {
                mine.add(new EerpFinding(EerpCheck.DUPLICATE, r, "EPSB ID " + r.epsbId() + ", job class " + r.jobClassCode()
                        + ", location " + r.location()));
            }
            if (jobClass != null && jobClass.manualClearance()) {
                mine.add(new EerpFinding(EerpCheck.JOB_CLASS_0290, r, "Job class code " + r.jobClassCode()
                        + " (" + jobClass.name() + ")"));
            }
            findings.addAll(mine);
            if (mine.stream().noneMatch(EerpFinding::leavesRowOut)) uploaded.add(r);
        }
        return new EerpUpload(List.copyOf(rows), List.copyOf(uploaded), List.copyOf(findings));
    }
}
