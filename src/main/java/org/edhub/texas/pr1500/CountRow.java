package org.edhub.texas.pr1500;

import java.util.EnumMap;
import java.util.Map;

/** One row of the Elementary or Secondary report: a campus and assignment with its teachers counted. */
public final class CountRow {
    public final Report report;
    public final String districtId;
    public final String campusId;
    public final boolean bothLevels;
    public final Assignment assignment;
    private int total;
    /** The teacher of the row's first drill-down line, whose district the row shows. */
    private String firstStaffId;
    private final Map<CredentialCategory, Integer> categories = new EnumMap<>(CredentialCategory.class);
    private final Map<ExperienceBucket, Integer> buckets = new EnumMap<>(ExperienceBucket.class);

    public CountRow(Report report, String districtId, String campusId, boolean bothLevels, Assignment assignment) {
        this.report = report;
        this.districtId = districtId;
        this.campusId = campusId;
        this.bothLevels = bothLevels;
        this.assignment = assignment;
    }

    void add(TeacherLine teacher) {
        if (firstStaffId == null) firstStaffId = teacher.staffId;
        total++;
        teacher.categories.forEach(c -> categories.merge(c, 1, Integer::sum));
        buckets.merge(teacher.bucket, 1, Integer::sum);
    }

    /**
     * The same row counted over other teachers (another part of the count): the counts add up, and the district is
     * that of the first teacher in staff ID order, as when all teachers are counted at once.
     */
    public CountRow merge(CountRow other) {
        CountRow first = firstStaffId.compareTo(other.firstStaffId) <= 0 ? this : other;
        CountRow second = first == this ? other : this;
        first.total += second.total;
        second.categories.forEach((c, n) -> first.categories.merge(c, n, Integer::sum));
        second.buckets.forEach((b, n) -> first.buckets.merge(b, n, Integer::sum));
        return first;
    }

    public int total() {
        return total;
    }

    public int count(CredentialCategory category) {
        return categories.getOrDefault(category, 0);
    }

    public int count(ExperienceBucket bucket) {
        return buckets.getOrDefault(bucket, 0);
    }
}
