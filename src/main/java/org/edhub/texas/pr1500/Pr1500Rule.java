package org.edhub.texas.pr1500;

import static org.edhub.core.issue.RuleText.error;
import static org.edhub.core.issue.RuleText.info;
import static org.edhub.core.issue.RuleText.warning;

import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/** What the PR1500 Part 2 counts find in the data: stable codes, never reused for another meaning. */
public enum Pr1500Rule implements Rule {
    MAPPING_ROW(error("TX-PR1500-MAPPING-ROW", "Unreadable row in a mapping table",
            "Correct the row of the mapping table named here (an assignment, level or category the table's header "
                    + "comment lists); nothing is counted until every row of mappings/tx/ can be read.")),
    CERT_TYPE_UNKNOWN(warning("TX-PR1500-CERT-TYPE-UNKNOWN", "Certificate type not in the PR1500 credential categories",
            "Add the Cert Typ Code to mappings/tx/cert-types.csv with its category (or NOT COUNTED), or to "
                    + "mappings/tx/district-permits.csv if it is one of your district permits; the certificate is not counted until then.")),
    CERT_GRADE_LEVEL(warning("TX-PR1500-CERT-GRADE-LEVEL", "Certificate Grade Level is not a grade range",
            "Check the certificate's Grade Level in ECOS: it should read like Grades (EC-6) or Grades (6-12). "
                    + "The certificate is not counted until the file has a readable range.")),
    NO_STAFF_RECORD(warning("TX-PR1500-NO-STAFF-RECORD", "Teacher of record without a staff record (30040)",
            "Add the teacher's StaffExtension (30040) record to the staff interchange; until then the teacher counts "
                    + "under Not Reported and is matched to certificates by TX Unique Staff ID only.")),
    SERVICE_ID_UNMAPPED(warning("TX-PR1500-SERVICE-ID-UNMAPPED", "Service ID not in a PR1500 assignment",
            "Add the service ID to mappings/tx/service-ids.csv with its assignment and level, or correct it on the "
                    + "30090 record; it is counted under Other until then.")),
    C022_UNPLACED(warning("TX-PR1500-C022-UNPLACED", "C022 service ID not in a PR1500 assignment",
            "The C022 code could not be placed from mappings/tx/c022.csv: add a row for its code or its subject block "
                    + "(a prefix pattern such as 0320*) to mappings/tx/service-ids.csv with its assignment and level; "
                    + "until then a teacher with it counts under Other.")),
    SERVICE_ID_LEVEL(warning("TX-PR1500-SERVICE-ID-LEVEL", "Course level does not match the campus's grades",
            "The course's level does not match the grades the campus enrolls: check the service ID on the 30090 record "
                    + "and the campus's 40110 enrollments. It is counted in the report the campus is in.")),
    CAMPUS_NO_ENROLLMENT(warning("TX-PR1500-CAMPUS-NO-ENROLLMENT", "Campus has teachers but no student enrollment",
            "Load the student enrollment interchange (40110) that covers this campus, or check the CAMPUS-ID on the "
                    + "teachers' 30090 records; its teachers are not counted until then.")),
    CAMPUS_LEFT_OUT(info("TX-PR1500-CAMPUS-LEFT-OUT", "Campus in neither report (early education only, or no enrollment)",
            "Nothing to fix if the campus serves early education only: PR1500 Part 2 reports elementary and secondary "
                    + "campuses. Otherwise load the 40110 enrollments of its other grades.")),
    CAMPUS_OTHER_DISTRICT(warning("TX-PR1500-CAMPUS-OTHER-DISTRICT", "Campus of another district",
            "Check the CAMPUS-ID on these 30090 records: the campus belongs to another district (the first six digits "
                    + "of a campus ID are its district's), so they are left out of this district's report.")),
    DISTRICT_ID_MISMATCH(warning("TX-PR1500-DISTRICT-ID-MISMATCH", "DISTRICT-ID not the campus's district",
            "Correct the DISTRICT-ID (TX-LEAReference) or the CAMPUS-ID of the 30090 record: a campus belongs to the "
                    + "district of the first six digits of its ID, and the record is counted there.")),
    GRADE_LEVEL_CODE(warning("TX-PR1500-GRADE-LEVEL-CODE", "Invalid GRADE-LEVEL-CODE (C050)",
            "Use a C050 GRADE-LEVEL-CODE (EE, PK, KG, 01 to 12) on the 40110 record; the enrollment is not used until then.")),
    NO_TEACHERS(warning("TX-PR1500-NO-TEACHERS", "No teacher of record",
            "No teacher of record (role 087 with students in class) was found: load the staff interchange with its "
                    + "30090 responsibility records.")),
    NO_CERTIFICATION_FILE(warning("TX-PR1500-NO-CERT-FILE", "No ECOS staff certification file",
            "Drop the ECOS staff certification file for this school year in tx-certifications; every teacher counts "
                    + "under No Credential until then."));

    /**
     * Decision: a mapping table row that cannot be read (unknown assignment, level or category) stops the run before
     * anything is counted, with an error naming the file, line and value (exit status 1 from the command line).
     */
    public static InputRejected badMappingRow(String file, long line, String field, String value, String what) {
        return new InputRejected(MAPPING_ROW.issue(file + " line " + line + ": " + what + " '" + value + "'")
                .at(file, line).field(field, value));
    }

    private final RuleText text;

    Pr1500Rule(RuleText text) {
        this.text = text;
    }

    @Override
    public RuleText text() {
        return text;
    }
}
