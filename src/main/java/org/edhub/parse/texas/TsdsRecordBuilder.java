package org.edhub.parse.texas;

import java.util.Map;
import java.util.Set;

import org.edhub.compute.pr1500.Enrollment;
import org.edhub.compute.pr1500.Responsibility;
import org.edhub.compute.pr1500.StaffRecord;
import org.edhub.issue.IssueSink;
import org.edhub.parse.StaffIds;

/** Turns the fields of one TSDS record (paths relative to the record element, as the spec's tables give them) into a record. */
final class TsdsRecordBuilder {
    static final String STAFF = "StaffExtension";
    static final String RESPONSIBILITY = "StaffResponsibilitiesExtension";
    static final String ENROLLMENT = "StudentSchoolAssociationExtension";
    private static final Set<String> RECORDS = Set.of(STAFF, RESPONSIBILITY, ENROLLMENT);

    private final String file;
    private final TsdsRecords sink;
    private final IssueSink issues;

    TsdsRecordBuilder(String file, TsdsRecords sink, IssueSink issues) {
        this.file = file;
        this.sink = sink;
        this.issues = issues;
    }

    static boolean isRecord(String localName) {
        return RECORDS.contains(localName);
    }

    void build(String record, long line, Map<String, String> f) {
        switch (record) {
            case STAFF -> staff(line, f);
            case RESPONSIBILITY -> responsibility(line, f);
            case ENROLLMENT -> enrollment(line, f);
            default -> throw new IllegalArgumentException(record);
        }
    }

    private void staff(long line, Map<String, String> f) {
        String id = f.get("StaffUniqueStateId");
        if (id == null) {
            missing(line, "30040 StaffExtension", "StaffUniqueStateId", "TX-UNIQUE-STAFF-ID (E1524)",
                    StaffIds.masked(f.get("StaffIdentificationCode/ID")));
            return;
        }
        String yearsField = f.containsKey("YearsOfPriorProfessionalExperience")
                ? "YearsOfPriorProfessionalExperience" : "TX-TotalYearsProfExperience";
        Integer years = number(line, yearsField, f.get(yearsField), id);
        sink.staff(new StaffRecord(file, line, id, f.get("StaffIdentificationCode/ID"), f.get("Name/FirstName"),
                f.get("Name/LastSurname"), years));
    }

    private void responsibility(long line, Map<String, String> f) {
        String staff = f.get("TX-StaffReference/StaffIdentity/StaffUniqueStateId");
        String campus = f.get("TX-SchoolReference/EducationalOrgIdentity/StateOrganizationId");
        if (staff == null) {
            missing(line, "30090 StaffResponsibilitiesExtension", "TX-StaffReference/StaffIdentity/StaffUniqueStateId",
                    "TX-UNIQUE-STAFF-ID (E1524)", null);
            return;
        }
        if (campus == null) {
            missing(line, "30090 StaffResponsibilitiesExtension", "TX-SchoolReference/EducationalOrgIdentity/StateOrganizationId",
                    "CAMPUS-ID (E0266)", staff);
            return;
        }
        Integer students = number(line, "TX-NumberOfStudentsInClass", f.get("TX-NumberOfStudentsInClass"), staff);
        sink.responsibility(new Responsibility(file, line, f.get("TX-LEAReference/EducationalOrgIdentity/StateOrganizationId"),
                staff, campus, f.get("TX-StaffRole"), f.get("TX-ServiceId"), f.get("TX-UniqueSectionCode"),
                f.get("TX-PopulationServed"), students));
    }

    private void enrollment(long line, Map<String, String> f) {
        String campus = f.get("SchoolReference/EducationalOrgIdentity/StateOrganizationId");
        String grade = f.get("TX-GradeLevel");
        if (campus == null || grade == null) {
            missing(line, "40110 StudentSchoolAssociationExtension",
                    campus == null ? "SchoolReference/EducationalOrgIdentity/StateOrganizationId" : "TX-GradeLevel",
                    campus == null ? "CAMPUS-ID (E0266)" : "GRADE-LEVEL-CODE (E0017)", campus);
            return;
        }
        sink.enrollment(new Enrollment(file, line, f.get("StudentReference/StudentIdentity/StudentUniqueStateId"), campus, grade));
    }

    private Integer number(long line, String field, String value, String staffId) {
        if (value == null) return null;
        if (value.matches("\\d{1,6}")) return Integer.parseInt(value);
        issues.report(TsdsRule.BAD_NUMBER.issue("'" + value + "' in " + field + " of staff " + staffId
                + " is not a whole number; it is treated as not reported").at(file, line).field(field, value));
        return null;
    }

    private void missing(long line, String record, String path, String element, String value) {
        issues.report(TsdsRule.MISSING_FIELD.issue("The " + record + " record at line " + line + " has no " + element
                + (value == null ? "" : " (record of " + value + ")") + "; it was skipped").at(file, line).field(path, value));
    }
}
