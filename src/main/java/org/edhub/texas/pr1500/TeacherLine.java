package org.edhub.texas.pr1500;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The drill-down: one teacher counted in one assignment of one campus on one report. */
public final class TeacherLine {
    public final Report report;
    public final String districtId;
    public final String campusId;
    public final boolean bothLevels;
    public final Assignment assignment;
    public final String staffId;
    public final Set<String> serviceIds = new TreeSet<>();
    public int classes;
    public int students;
    public StaffRecord staff;
    public ExperienceBucket bucket;
    public Set<CredentialCategory> categories = EnumSet.noneOf(CredentialCategory.class);
    public final List<Certificate> certificates = new ArrayList<>();

    public TeacherLine(Report report, String districtId, String campusId, boolean bothLevels, Assignment assignment,
                       String staffId) {
        this.report = report;
        this.districtId = districtId;
        this.campusId = campusId;
        this.bothLevels = bothLevels;
        this.assignment = assignment;
        this.staffId = staffId;
    }

    public Integer years() {
        return staff == null ? null : staff.years();
    }
}
