package org.edhub.kentucky.bench;

import java.nio.file.Path;

import org.edhub.bench.CsvOut;

/**
 * The open files of one generated district, its SIS bundle ({@code ky-sis/}, loose CSVs and {@code _READY}) and its
 * KECS bundle ({@code ky-kecs/}), with the identifiers handed out in it. Person, section and enrollment IDs carry the
 * district's index, so they are unique statewide.
 */
final class KyDistrict implements AutoCloseable {
    final String number;
    final String name;
    final int index;
    final CsvOut schools;
    final CsvOut calendars;
    final CsvOut sections;
    final CsvOut sectionStaff;
    final CsvOut rosters;
    final CsvOut enrollments;
    final CsvOut employment;
    final CsvOut assignments;
    final CsvOut educators;
    final CsvOut credentials;
    final CsvOut clearances;
    private final Path folder;
    private int staff;
    private int epsbCount;
    private int students;
    private int sectionCount;
    private int enrollmentCount;

    KyDistrict(Path folder, int index) {
        this.folder = folder;
        this.index = index;
        this.number = String.format("%03d", 101 + index);
        this.name = "District " + number + " Schools";
        Path sis = folder.resolve("ky-sis");
        Path kecs = folder.resolve("ky-kecs");
        schools = CsvOut.create(sis.resolve("schools.csv"),
                "district_number,district_name,school_number,school_name,state_classification,grade_low,grade_high");
        calendars = CsvOut.create(sis.resolve("calendars.csv"),
                "calendar_id,school_number,calendar_name,end_year,start_date,end_date,summer_school,exclude");
        sections = CsvOut.create(sis.resolve("sections.csv"), "section_id,calendar_id,schedule_structure,course_number,"
                + "course_name,course_active,section_number,state_course_code,core_content,teaching_method,"
                + "instructional_setting,special_type,kts_exchange,responsive,start_date,end_date");
        sectionStaff = CsvOut.create(sis.resolve("section_staff.csv"), "section_id,person_id,staff_type,start_date,end_date");
        rosters = CsvOut.create(sis.resolve("rosters.csv"), "section_id,person_id,start_date,end_date");
        enrollments = CsvOut.create(sis.resolve("enrollments.csv"), "enrollment_id,person_id,state_id,calendar_id,grade,"
                + "service_type,start_date,end_date,no_show,exclude,primary_disability,case_manager_person_id,sped_status,iep_locked");
        employment = CsvOut.create(sis.resolve("staff_employment.csv"),
                "person_id,first_name,last_name,license_number,employee_type,start_date,end_date");
        assignments = CsvOut.create(sis.resolve("staff_assignments.csv"),
                "person_id,school_number,type,alt_type,title,job_class_code,fte,start_date,end_date");
        educators = CsvOut.create(kecs.resolve("educators.csv"), "epsb_id,first_name,last_name,years_experience");
        credentials = CsvOut.create(kecs.resolve("credentials.csv"),
                "epsb_id,credential_code,credential_name,status,effective_date,expiration_date");
        clearances = CsvOut.create(kecs.resolve("munis_clearances.csv"), "epsb_id,job_class_code,school_year,cleared_on");
        try (CsvOut permissions = CsvOut.create(kecs.resolve("credential_permissions.csv"),
                "credential_code,content,job_function,population,low_grade,high_grade")) {
            KyCredentials.writePermissions(permissions);
        }
        try (CsvOut catalog = CsvOut.create(kecs.resolve("course_catalog.csv"), "state_course_code,course_name,program_area,"
                + "lead_content_area,credits,populations,low_grade,high_grade,start_year,end_year,min_experience_years")) {
            KyCourses.writeCatalog(catalog);
        }
    }

    String staffPerson() {
        return String.valueOf((index + 1) * 1_000_000L + 100_000 + ++staff);
    }

    /** An EPSB ID, all digits, unique statewide. */
    String epsb() {
        return String.valueOf(1_000_000L + index * 10_000L + ++epsbCount);
    }

    String studentPerson() {
        return String.valueOf((index + 1) * 1_000_000L + 300_000 + ++students);
    }

    String stateId(String person) {
        return String.valueOf(1_000_000_000L + Long.parseLong(person));
    }

    String sectionId() {
        return String.valueOf((index + 1) * 1_000_000L + ++sectionCount);
    }

    String enrollmentId() {
        return String.valueOf((index + 1) * 1_000_000L + ++enrollmentCount);
    }

    long rosterRows() {
        return rosters.rows();
    }

    @Override
    public void close() {
        for (CsvOut csv : new CsvOut[] {schools, calendars, sections, sectionStaff, rosters, enrollments, employment,
                assignments, educators, credentials, clearances}) {
            csv.close();
        }
        CsvOut.create(folder.resolve("ky-sis/_READY")).close();
        CsvOut.create(folder.resolve("ky-kecs/_READY")).close();
    }
}
