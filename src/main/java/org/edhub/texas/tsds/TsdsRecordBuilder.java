package org.edhub.texas.tsds;

import org.edhub.texas.pr1500.TsdsRecords;

import java.util.Map;

import org.edhub.texas.pr1500.Enrollment;
import org.edhub.texas.pr1500.Responsibility;
import org.edhub.texas.pr1500.StaffRecord;
import org.edhub.core.issue.IssueSink;
import org.edhub.core.privacy.Ssn;

/** Turns the fields of one TSDS record (paths relative to the record element, as the spec's tables give them) into a record. */
final class TsdsRecordBuilder {
    static final String STAFF = "StaffExtension";
    static final String RESPONSIBILITY = "StaffResponsibilitiesExtension";
    static final String ENROLLMENT = "StudentSchoolAssociationExtension";
    private static final String STAFF_UNIQUE_ID = "StaffUniqueStateId";
    private static final String STAFF_SSN = "StaffIdentificationCode/ID";
    private static final String PRIOR_YEARS = "YearsOfPriorProfessionalExperience";
    private static final String TOTAL_YEARS = "TX-TotalYearsProfExperience";
    private static final String FIRST_NAME = "Name/FirstName";
    private static final String LAST_NAME = "Name/LastSurname";
    private static final String RESP_STAFF = "TX-StaffReference/StaffIdentity/StaffUniqueStateId";
    private static final String RESP_CAMPUS = "TX-SchoolReference/EducationalOrgIdentity/StateOrganizationId";
    private static final String RESP_STUDENTS = "TX-NumberOfStudentsInClass";
    private static final String RESP_DISTRICT = "TX-LEAReference/EducationalOrgIdentity/StateOrganizationId";
    private static final String RESP_ROLE = "TX-StaffRole";
    private static final String RESP_SERVICE = "TX-ServiceId";
    private static final String RESP_CLASS = "TX-UniqueSectionCode";
    private static final String RESP_POPULATION = "TX-PopulationServed";
    private static final String ENR_CAMPUS = "SchoolReference/EducationalOrgIdentity/StateOrganizationId";
    private static final String ENR_GRADE = "TX-GradeLevel";
    private static final String ENR_STUDENT = "StudentReference/StudentIdentity/StudentUniqueStateId";
    /** The fields each record's builder reads; the reader keeps no other. */
    static final Map<String, TsdsFields> FIELDS = Map.of(
            STAFF, TsdsFields.of(STAFF_UNIQUE_ID, STAFF_SSN, PRIOR_YEARS, TOTAL_YEARS, FIRST_NAME, LAST_NAME),
            RESPONSIBILITY, TsdsFields.of(RESP_STAFF, RESP_CAMPUS, RESP_STUDENTS, RESP_DISTRICT, RESP_ROLE, RESP_SERVICE,
                    RESP_CLASS, RESP_POPULATION),
            ENROLLMENT, TsdsFields.of(ENR_CAMPUS, ENR_GRADE, ENR_STUDENT));

    private final String file;
    private final TsdsRecords sink;
    private final IssueSink issues;

    TsdsRecordBuilder(String file, TsdsRecords sink, IssueSink issues) {
        this.file = file;
        this.sink = sink;
        this.issues = issues;
    }

    static boolean isRecord(String localName) {
        return FIELDS.containsKey(localName);
    }

    void build(String record, long line, TsdsFields.Values f) {
        switch (record) {
            case STAFF -> staff(line, f);
            case RESPONSIBILITY -> responsibility(line, f);
            case ENROLLMENT -> enrollment(line, f);
            default -> throw new IllegalArgumentException(record);
        }
    }

    private void staff(long line, TsdsFields.Values f) {
        String id = f.get(STAFF_UNIQUE_ID);
        if (id == null) {
            missing(line, "30040 StaffExtension", STAFF_UNIQUE_ID, "TX-UNIQUE-STAFF-ID (E1524)",
                    Ssn.mask(Ssn.FIELD, f.get(STAFF_SSN)));
            return;
        }
        String yearsField = f.get(PRIOR_YEARS) != null ? PRIOR_YEARS : TOTAL_YEARS;
        Integer years = number(line, yearsField, f.get(yearsField), id);
        sink.staff(new StaffRecord(file, line, id, f.get(STAFF_SSN), f.get(FIRST_NAME), f.get(LAST_NAME), years));
    }

    private void responsibility(long line, TsdsFields.Values f) {
        String staff = f.get(RESP_STAFF);
        String campus = f.get(RESP_CAMPUS);
        if (staff == null) {
            missing(line, "30090 StaffResponsibilitiesExtension", RESP_STAFF, "TX-UNIQUE-STAFF-ID (E1524)", null);
            return;
        }
        if (campus == null) {
            missing(line, "30090 StaffResponsibilitiesExtension", RESP_CAMPUS, "CAMPUS-ID (E0266)", Ssn.mask(Ssn.FIELD, staff));
            return;
        }
        Integer students = number(line, RESP_STUDENTS, f.get(RESP_STUDENTS), staff);
        sink.responsibility(new Responsibility(file, line, f.get(RESP_DISTRICT), staff, campus, f.get(RESP_ROLE),
                f.get(RESP_SERVICE), f.get(RESP_CLASS), f.get(RESP_POPULATION), students));
    }

    private void enrollment(long line, TsdsFields.Values f) {
        String campus = f.get(ENR_CAMPUS);
        String grade = f.get(ENR_GRADE);
        if (campus == null || grade == null) {
            missing(line, "40110 StudentSchoolAssociationExtension", campus == null ? ENR_CAMPUS : ENR_GRADE,
                    campus == null ? "CAMPUS-ID (E0266)" : "GRADE-LEVEL-CODE (E0017)", campus);
            return;
        }
        sink.enrollment(new Enrollment(file, line, f.get(ENR_STUDENT), campus, grade));
    }

    private Integer number(long line, String field, String value, String staffId) {
        if (value == null) return null;
        if (isWholeNumber(value)) return Integer.parseInt(value);
        issues.report(TsdsRule.BAD_NUMBER.issue("'" + value + "' in " + field + " of staff " + Ssn.mask(Ssn.FIELD, staffId)
                + " is not a whole number; it is treated as not reported").at(file, line).field(field, value));
        return null;
    }

    /** One to six ASCII digits. */
    private static boolean isWholeNumber(String value) {
        if (value.isEmpty() || value.length() > 6) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private void missing(long line, String record, String path, String element, String value) {
        issues.report(TsdsRule.MISSING_FIELD.issue("The " + record + " record at line " + line + " has no " + element
                + (value == null ? "" : " (record of " + value + ")") + "; it was skipped").at(file, line).field(path, value));
    }
}
