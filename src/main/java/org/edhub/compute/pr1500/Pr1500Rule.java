package org.edhub.compute.pr1500;

import org.edhub.issue.Rule;
import org.edhub.issue.Severity;

/** What the PR1500 Part 2 counts find in the data: stable codes, never reused for another meaning. */
public enum Pr1500Rule implements Rule {
    CERT_TYPE_UNKNOWN("TX-PR1500-CERT-TYPE-UNKNOWN", Severity.WARNING,
            "Add the Cert Typ Code to mappings/tx/cert-types.csv with its category (or NOT COUNTED), or to "
                    + "mappings/tx/district-permits.csv if it is one of your district permits; the certificate is not counted until then."),
    CERT_GRADE_LEVEL("TX-PR1500-CERT-GRADE-LEVEL", Severity.WARNING,
            "Check the certificate's Grade Level in ECOS: it should read like Grades (EC-6) or Grades (6-12). "
                    + "The certificate is not counted until the file has a readable range."),
    NO_STAFF_RECORD("TX-PR1500-NO-STAFF-RECORD", Severity.WARNING,
            "Add the teacher's StaffExtension (30040) record to the staff interchange; until then the teacher counts "
                    + "under Not Reported and is matched to certificates by TX Unique Staff ID only."),
    SERVICE_ID_UNMAPPED("TX-PR1500-SERVICE-ID-UNMAPPED", Severity.WARNING,
            "Add the service ID to mappings/tx/service-ids.csv with its assignment and level, or correct it on the "
                    + "30090 record; it is counted under Other until then."),
    SERVICE_ID_LEVEL("TX-PR1500-SERVICE-ID-LEVEL", Severity.WARNING,
            "The course's level does not match the grades the campus enrolls: check the service ID on the 30090 record "
                    + "and the campus's 40110 enrollments. It is counted in the report the campus is in."),
    CAMPUS_NO_ENROLLMENT("TX-PR1500-CAMPUS-NO-ENROLLMENT", Severity.WARNING,
            "Load the student enrollment interchange (40110) that covers this campus, or check the CAMPUS-ID on the "
                    + "teachers' 30090 records; its teachers are not counted until then."),
    GRADE_LEVEL_CODE("TX-PR1500-GRADE-LEVEL-CODE", Severity.WARNING,
            "Use a C050 GRADE-LEVEL-CODE (EE, PK, KG, 01 to 12) on the 40110 record; the enrollment is not used until then."),
    NO_TEACHERS("TX-PR1500-NO-TEACHERS", Severity.WARNING,
            "No teacher of record (role 087 with students in class) was found: load the staff interchange with its "
                    + "30090 responsibility records."),
    NO_CERTIFICATION_FILE("TX-PR1500-NO-CERT-FILE", Severity.WARNING,
            "Drop the ECOS staff certification file for this school year in tx-certifications; every teacher counts "
                    + "under No Credential until then.");

    private final String code;
    private final Severity severity;
    private final String fix;

    Pr1500Rule(String code, Severity severity, String fix) {
        this.code = code;
        this.severity = severity;
        this.fix = fix;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String fix() {
        return fix;
    }
}
