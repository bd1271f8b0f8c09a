package org.edhub.compute.pr1500;

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
        total++;
        teacher.categories.forEach(c -> categories.merge(c, 1, Integer::sum));
        buckets.merge(teacher.bucket, 1, Integer::sum);
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
