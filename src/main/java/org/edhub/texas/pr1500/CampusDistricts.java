package org.edhub.texas.pr1500;

import java.util.HashSet;
import java.util.Set;

import org.edhub.core.issue.IssueSink;
import org.edhub.core.text.Digits;

/**
 * Decision "A report's district" (texas-pr1500.md, decisions): a campus belongs to the district of the first six
 * digits of its 9-digit CAMPUS-ID, and a report row carries that district. Stands in front of the records of a PEIMS
 * interchange:
 * <ul>
 *   <li>a 30090 record whose DISTRICT-ID differs from its campus's district is counted at the campus, with a warning
 *       naming both;</li>
 *   <li>in a district's own run (a drop, or {@code --district} with a 6-digit district number), the records of
 *       another district's campuses are not counted, with one warning per campus; a run over several districts (no
 *       district number, e.g. the statewide command line) keeps them all.</li>
 * </ul>
 * One instance per interchange read.
 */
public final class CampusDistricts implements TsdsRecords {

    private final String ownDistrict;
    private final TsdsRecords next;
    private final IssueSink issues;
    private final Set<String> otherCampuses = new HashSet<>();

    private CampusDistricts(String ownDistrict, TsdsRecords next, IssueSink issues) {
        this.ownDistrict = ownDistrict;
        this.next = next;
        this.issues = issues;
    }

    /**
     * The records for {@code next}, as a run for {@code runDistrict} counts them: only its own campuses when it is a
     * 6-digit district number, every campus otherwise.
     */
    public static TsdsRecords of(String runDistrict, TsdsRecords next, IssueSink issues) {
        String own = Digits.only(runDistrict, 6, 6) ? runDistrict : null;
        return new CampusDistricts(own, next, issues);
    }

    /** The district a campus belongs to: the first six digits of a 9-digit CAMPUS-ID, else null. */
    public static String districtOf(String campusId) {
        if (campusId == null) return null;
        Campus last = lastCampus;
        if (last.id().equals(campusId)) return last.district();
        String district = Digits.only(campusId, 9, 9) ? campusId.substring(0, 6) : null;
        lastCampus = new Campus(campusId, district);
        return district;
    }

    /**
     * The campus looked up last and its district: records come campus by campus, and the same district text (its hash
     * computed once) then keys every map they go to. Immutable, so threads sharing it only ever see a whole one.
     */
    private static Campus lastCampus = new Campus("", null);

    private record Campus(String id, String district) {
    }

    /** A report row's district: its campus's, or {@code fallback} for a campus ID that names none. */
    public static String districtOf(String campusId, String fallback) {
        String district = districtOf(campusId);
        return district == null ? fallback : district;
    }

    @Override
    public void staff(StaffRecord record) {
        next.staff(record);
    }

    @Override
    public void enrollment(Enrollment record) {
        if (!isOtherDistricts(record.campusId())) next.enrollment(record);
    }

    @Override
    public void responsibility(Responsibility r) {
        String campusDistrict = districtOf(r.campusId());
        if (isOtherDistricts(r.campusId())) {
            if (otherCampuses.add(r.campusId())) {
                issues.report(Pr1500Rule.CAMPUS_OTHER_DISTRICT.issue("Campus " + r.campusId() + " belongs to district "
                        + campusDistrict + ", not " + ownDistrict + "; its 30090 records are not counted in district "
                        + ownDistrict + "'s report").at(r.file(), r.line()).field("CAMPUS-ID", r.campusId()));
            }
            return;
        }
        if (campusDistrict != null && r.districtId() != null && !r.districtId().isEmpty()
                && !campusDistrict.equals(r.districtId())) {
            issues.report(Pr1500Rule.DISTRICT_ID_MISMATCH.issue("The 30090 record's DISTRICT-ID " + r.districtId()
                    + " is not the district of its campus " + r.campusId() + " (" + campusDistrict + "); counted at the "
                    + "campus, under district " + campusDistrict).at(r.file(), r.line()).field("DISTRICT-ID", r.districtId()));
        }
        next.responsibility(r);
    }

    private boolean isOtherDistricts(String campusId) {
        if (ownDistrict == null) return false;
        String district = districtOf(campusId);
        return district != null && !district.equals(ownDistrict);
    }
}
