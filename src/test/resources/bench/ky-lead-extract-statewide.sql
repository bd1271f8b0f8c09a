-- KECS LEAD DETAIL, CLASSES, SCHOOLWIDE and CASELOAD (kentucky-lead-extract.md, R5, R6, R8, R9) for every district
-- of a tier at once, as one query set, for the comparator of the benchmark (KyDuckDbStatewide).
--
-- ${data} is the folder of district folders (each with ky-sis/), ${out} the output folder, ${mappings} the hub's
-- mappings folder. School year 2025-2026, the default date range (the whole year, every calendar).
--
-- Every row carries its district: the district folder its file was read from, the district the hub computes it for
-- (one district per folder). Every join, group and choice below is within a district, as the hub computes one
-- district at a time. Each report is one statewide file, ${out}/KECS_LEAD_<Report>.csv: a first column District Folder,
-- then the hub's columns. CLASSES, SCHOOLWIDE and CASELOAD are sorted by district folder, then as their rules say;
-- DETAIL has no sort rule, so it is written in the order it is made. Statements are separated by a line holding
-- only ';'.

-- Rows need no order but where a report's rules sort them (ORDER BY): DETAIL is written by both threads at once.
SET preserve_insertion_order = false
;
-- The run: school year 2025-2026 (7/1-6/30); the date range is the whole year (ExtractOptions.of).
CREATE MACRO end_year() AS '2026'
;
CREATE MACRO year_start() AS DATE '2025-07-01'
;
CREATE MACRO year_end() AS DATE '2026-06-30'
;
CREATE MACRO range_start() AS year_start()
;
CREATE MACRO range_end() AS year_end()
;
-- A blank start or end date is open (Span.activeOn, Span.overlaps).
CREATE MACRO active_on(since, until, day) AS (since IS NULL OR since <= day) AND (until IS NULL OR until >= day)
;
CREATE MACRO spans_overlap(since, until, first_day, last_day) AS
    (since IS NULL OR since <= last_day) AND (until IS NULL OR until >= first_day)
;
-- Decisions, "R6.BR4 and the other sorts": a key made only of digits sorts as a number (9, 10, 11), before any other
-- text, which sorts as text; blank first (Ids.ORDER). As one text to sort by: blank '0'; digits '1', the number of
-- digits without leading zeros (4 places), those digits, then the key as written (000 after 0); other text '2' and
-- the text.
CREATE MACRO id_order(id) AS CASE
    WHEN id IS NULL THEN '0'
    WHEN regexp_full_match(id, '[0-9]+') THEN '1' || lpad(length(ltrim(id, '0'))::VARCHAR, 4, '0') || ltrim(id, '0') || ' ' || id
    ELSE '2' || id END
;
-- The district of a row: the name of the district folder its file was read from.
CREATE MACRO district_of(file) AS regexp_extract(file, '([^/]+)/ky-sis/[^/]+$', 1)
;
-- Grade codes in their order (PK, KG, 01-12, 14), so that min and max give the grade range; service types in the
-- order R8.BR1 prefers them (P, then S, then N).
CREATE TYPE grade_code AS ENUM ('PK', 'KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14')
;
CREATE TYPE service_type AS ENUM ('P', 'S', 'N')
;
CREATE TYPE staff_type AS ENUM ('P', 'T', 'N')
;

-- The SIS bundle of every district ("Input: the district SIS bundle"), each file read with its columns' types.
-- Identifiers stay text (leading zeros are kept); flags Y/N are booleans; dates are YYYY-MM-DD.
CREATE TEMP TABLE schools AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/schools.csv', header = true, filename = true, columns = {
    'district_number': 'VARCHAR', 'district_name': 'VARCHAR', 'school_number': 'VARCHAR', 'school_name': 'VARCHAR',
    'state_classification': 'VARCHAR', 'grade_low': 'grade_code', 'grade_high': 'grade_code'})
;
CREATE TEMP TABLE calendars AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/calendars.csv', header = true, filename = true, columns = {
    'calendar_id': 'VARCHAR', 'school_number': 'VARCHAR', 'calendar_name': 'VARCHAR', 'end_year': 'VARCHAR',
    'start_date': 'DATE', 'end_date': 'DATE', 'summer_school': 'BOOLEAN', 'exclude': 'BOOLEAN'})
;
CREATE TEMP TABLE sections AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/sections.csv', header = true, filename = true, columns = {
    'section_id': 'VARCHAR', 'calendar_id': 'VARCHAR', 'schedule_structure': 'VARCHAR', 'course_number': 'VARCHAR',
    'course_name': 'VARCHAR', 'course_active': 'BOOLEAN', 'section_number': 'VARCHAR', 'state_course_code': 'VARCHAR',
    'core_content': 'VARCHAR', 'teaching_method': 'VARCHAR', 'instructional_setting': 'VARCHAR',
    'special_type': 'VARCHAR', 'kts_exchange': 'BOOLEAN', 'responsive': 'BOOLEAN', 'start_date': 'DATE',
    'end_date': 'DATE'})
;
CREATE TEMP TABLE section_staff AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/section_staff.csv', header = true, filename = true, columns = {
    'section_id': 'VARCHAR', 'person_id': 'VARCHAR', 'staff_type': 'staff_type', 'start_date': 'DATE',
    'end_date': 'DATE'})
;
CREATE TEMP TABLE rosters AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/rosters.csv', header = true, filename = true, columns = {
    'section_id': 'VARCHAR', 'person_id': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE'})
;
CREATE TEMP TABLE enrollments AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/enrollments.csv', header = true, filename = true, columns = {
    'enrollment_id': 'VARCHAR', 'person_id': 'VARCHAR', 'state_id': 'VARCHAR', 'calendar_id': 'VARCHAR',
    'grade': 'grade_code', 'service_type': 'service_type', 'start_date': 'DATE', 'end_date': 'DATE',
    'no_show': 'BOOLEAN', 'exclude': 'BOOLEAN', 'primary_disability': 'VARCHAR', 'case_manager_person_id': 'VARCHAR',
    'sped_status': 'VARCHAR', 'iep_locked': 'BOOLEAN'})
;
CREATE TEMP TABLE employment AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/staff_employment.csv', header = true, filename = true, columns = {
    'person_id': 'VARCHAR', 'first_name': 'VARCHAR', 'last_name': 'VARCHAR', 'license_number': 'VARCHAR',
    'employee_type': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE'})
;
CREATE TEMP TABLE assignments AS
SELECT district_of(filename) AS district, * EXCLUDE (filename)
FROM read_csv('${data}/*/ky-sis/staff_assignments.csv', header = true, filename = true, columns = {
    'person_id': 'VARCHAR', 'school_number': 'VARCHAR', 'type': 'VARCHAR', 'alt_type': 'VARCHAR', 'title': 'VARCHAR',
    'job_class_code': 'VARCHAR', 'fte': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE'})
;
-- R5.BR4: the state classifications reported to LEAD, the hub's own table.
CREATE TEMP TABLE lead_classifications AS
SELECT code FROM read_csv('${mappings}/ky/lead-state-classifications.csv', header = true, columns = {
    'code': 'VARCHAR', 'name': 'VARCHAR', 'source': 'VARCHAR'})
;

-- R5 DETAIL, its sections: each at its calendar's school, with its effective last day (extract options: the earlier
-- of its end date and the date range's end) and its place in the order of R6.BR4 (after its district), a number
-- that also names the section in what follows.
CREATE TEMP TABLE placed AS
SELECT s.district, s.section_id, s.calendar_id, s.schedule_structure, s.course_number, s.course_name,
       s.section_number, s.state_course_code, s.core_content, s.teaching_method, s.instructional_setting,
       s.special_type, s.start_date, s.end_date,
       -- the flags and dates as the reports write them: Y/N, MM/DD/YYYY
       CASE WHEN s.kts_exchange THEN 'Y' ELSE 'N' END AS kts_exchange, CASE WHEN s.responsive THEN 'Y' ELSE 'N' END AS responsive,
       strftime(s.start_date, '%m/%d/%Y') AS start_text, strftime(s.end_date, '%m/%d/%Y') AS end_text,
       c.calendar_name, c.end_year, c.end_date AS calendar_end,
       sc.district_number, sc.district_name, sc.school_number, sc.school_name, sc.state_classification,
       sc.grade_low AS school_grade_low, sc.grade_high AS school_grade_high,
       least(s.end_date, range_end()) AS last_day,
       row_number() OVER (ORDER BY s.district, id_order(c.end_year), id_order(sc.district_name),
           id_order(sc.school_name), id_order(c.calendar_name), id_order(s.schedule_structure),
           id_order(s.course_number), id_order(s.section_number), id_order(s.section_id)) AS section_order
FROM sections s
JOIN calendars c ON c.district = s.district AND c.calendar_id = s.calendar_id
JOIN schools sc ON sc.district = c.district AND sc.school_number = c.school_number
WHERE s.section_id IS NOT NULL
  AND s.course_active                                                    -- R5.BR2: only active courses
  AND s.start_date IS NOT NULL AND s.end_date IS NOT NULL                -- a section with a blank term date is left out
  AND spans_overlap(s.start_date, s.end_date, year_start(), year_end())  -- Decisions: a term outside the year is left out
  AND spans_overlap(s.start_date, s.end_date, range_start(), range_end()) -- the term overlaps the date range
  AND c.end_year = end_year()                                            -- Decisions, R5.BR3: a calendar of the year
  AND spans_overlap(c.start_date, c.end_date, range_start(), range_end()) -- R5.BR3: the calendar overlaps the range
  AND NOT coalesce(c.summer_school, false)                               -- R5.BR8: no summer-school calendars
  AND sc.state_classification IN (SELECT code FROM lead_classifications) -- R5.BR4: LEAD schools only
  -- R5.BR5, BR6: the exclude flags of calendars, grade levels and enrollments are not looked at
;
-- R5, Person ID: the section's primary teacher on its last day; of several, the latest started, then the lowest ID.
CREATE TEMP TABLE primary_teachers AS
SELECT p.section_order, st.person_id AS teacher_id
FROM placed p JOIN section_staff st ON st.district = p.district AND st.section_id = p.section_id
WHERE st.staff_type = 'P' AND active_on(st.start_date, st.end_date, p.last_day)
QUALIFY row_number() OVER (PARTITION BY p.section_order ORDER BY st.start_date DESC NULLS LAST, id_order(st.person_id)) = 1
;
-- Which enrollment of a student is reported. R5.BR9 (DETAIL), of several active enrollments in the section's calendar:
-- the most recent (latest start, then latest end, a blank end latest), on equal dates service type P first, then the
-- highest enrollment ID. R8.BR1 and R9.BR1 (SCHOOLWIDE, CASELOAD), of a student's DETAIL enrollments: service type
-- P, then S, then N; within one type the one ending blank or on its calendar's last instruction day; then R5.BR9's
-- order. Both orders depend on the enrollment alone, so every enrollment is numbered once in each (R5.BR7: no-shows
-- are never reported, so they are not numbered): of a student's candidates, the one with the lowest number is
-- reported, and the number, unique in the district, names it.
CREATE TEMP TABLE ranked_enrollments AS
SELECT e.district, e.enrollment_id, e.person_id, e.state_id, e.calendar_id, e.grade, e.service_type, e.start_date,
       e.end_date, e.primary_disability, e.case_manager_person_id,
       -- Enrollment.isSped: a primary disability and the special-education status A or Active
       e.primary_disability IS NOT NULL AND upper(e.sped_status) IN ('A', 'ACTIVE') AS sped,
       row_number() OVER (PARTITION BY e.district ORDER BY e.person_id, e.calendar_id,
           e.start_date DESC NULLS LAST, e.end_date DESC NULLS FIRST, e.service_type IS DISTINCT FROM 'P',
           id_order(e.enrollment_id) DESC) AS recency,
       row_number() OVER (PARTITION BY e.district ORDER BY e.person_id,
           e.service_type NULLS LAST, NOT coalesce(e.end_date IS NULL OR e.end_date = c.end_date, false),
           e.start_date DESC NULLS LAST, e.end_date DESC NULLS FIRST, e.service_type IS DISTINCT FROM 'P',
           id_order(e.enrollment_id) DESC) AS choice
FROM enrollments e LEFT JOIN calendars c ON c.district = e.district AND c.calendar_id = e.calendar_id
WHERE e.enrollment_id IS NOT NULL AND NOT coalesce(e.no_show, false)
;
-- R5 DETAIL, its students. BR1: rostered on the section's last day, with an enrollment in the section's calendar
-- active that day (BR7: not a no-show); of several, R5.BR9's first.
CREATE TEMP TABLE detail_students AS
WITH chosen AS (
    SELECT p.section_order, any_value(p.district) AS district, any_value(p.school_number) AS school_number,
           min(e.recency) AS recency
    FROM placed p
    JOIN rosters r ON r.district = p.district AND r.section_id = p.section_id
    JOIN ranked_enrollments e ON e.district = p.district AND e.person_id = r.person_id AND e.calendar_id = p.calendar_id
    WHERE active_on(r.start_date, r.end_date, p.last_day) AND active_on(e.start_date, e.end_date, p.last_day)
    GROUP BY p.section_order, r.person_id)
SELECT c.section_order, c.school_number, e.*
FROM chosen c JOIN ranked_enrollments e ON e.district = c.district AND e.recency = c.recency
;

-- R5 DETAIL: a row per section and student; a section without students has one row with the student columns blank.
COPY (
    SELECT p.district AS "District Folder", strftime(now(), '%m/%d/%Y %H:%M') AS "Date Time Generated",
           p.end_year AS "End Year", p.section_id AS "Section ID", p.district_number AS "District Number",
           p.district_name AS "District Name", p.school_number AS "School Number", p.school_name AS "School Name",
           p.state_classification AS "State Classification", p.calendar_name AS "Calendar Name",
           p.schedule_structure AS "Schedule Structure Name", p.course_number AS "Course Number",
           p.course_name AS "Course Name", p.section_number AS "Section Number", p.state_course_code AS "Course Code",
           p.core_content AS "Core Content", p.teaching_method AS "Teaching Method",
           p.instructional_setting AS "Instructional Setting", p.special_type AS "Section Special Type",
           p.kts_exchange AS "KTSExchange", p.responsive AS "Responsive", t.teacher_id AS "Person ID",
           p.start_text AS "Section Start Date", p.end_text AS "Section End Date",
           d.person_id AS "Student Person ID", d.state_id AS "State ID", d.enrollment_id AS "Enrollment ID",
           d.grade AS "Grade", d.service_type AS "Service Type", d.primary_disability AS "Primary Disability",
           d.case_manager_person_id AS "Case Manager Person ID"
    FROM placed p
    LEFT JOIN primary_teachers t ON t.section_order = p.section_order
    LEFT JOIN detail_students d ON d.section_order = p.section_order)
TO '${out}/KECS_LEAD_Detail.csv' (HEADER)
;
-- R6 CLASSES: every DETAIL section (BR1), sections without students included (BR2), grouped by the 22 fields of BR3,
-- which all follow from the section and its primary teacher, so the students are counted per section; grade range of
-- the students, the school's for a section without students (seed 000); sorted by the section order (BR4).
COPY (
    WITH per_section AS (
        SELECT section_order, count(*) AS students, min(grade) AS grade_low, max(grade) AS grade_high,
               count(*) FILTER (WHERE sped) AS sped_students
        FROM detail_students GROUP BY section_order)
    SELECT p.district AS "District Folder", strftime(now(), '%m/%d/%Y %H:%M') AS "Date Time Generated",
           p.end_year AS "End Year", p.district_number AS "District Number", p.district_name AS "District Name",
           p.school_number AS "School Number", p.school_name AS "School Name",
           p.state_classification AS "State Classification", p.calendar_name AS "Calendar",
           p.schedule_structure AS "Schedule Structure Name", p.course_number AS "Course Number",
           p.course_name AS "Course Name", p.section_number AS "Section Number", p.section_id AS "Section ID",
           p.state_course_code AS "Course Code", p.core_content AS "Core Content",
           p.teaching_method AS "Teaching Method", p.instructional_setting AS "Instructional Setting",
           p.special_type AS "Section Special Type", p.kts_exchange AS "KTSExchange", p.responsive AS "Responsive",
           t.teacher_id AS "Person ID", p.start_text AS "Section Start Date", p.end_text AS "Section End Date",
           coalesce(s.students, 0) AS "Student Count", coalesce(s.grade_low, p.school_grade_low) AS "Grade Low",
           coalesce(s.grade_high, p.school_grade_high) AS "Grade High", coalesce(s.sped_students, 0) AS "SPED Student Count"
    FROM placed p
    LEFT JOIN primary_teachers t ON t.section_order = p.section_order
    LEFT JOIN per_section s ON s.section_order = p.section_order
    ORDER BY p.section_order)
TO '${out}/KECS_LEAD_Classes.csv' (HEADER)
;
-- R8 SCHOOLWIDE: the DETAIL rows with a State ID, one enrollment per student and school (R8.BR1), grouped by school;
-- sorted by End Year, District Name, School Name (then School Number).
COPY (
    WITH chosen AS (
        SELECT district, school_number, person_id, min(choice) AS choice
        FROM detail_students WHERE state_id IS NOT NULL GROUP BY district, school_number, person_id),
    per_school AS (
        SELECT c.district, c.school_number, count(*) AS students, count(*) FILTER (WHERE e.sped) AS sped_students,
               min(e.grade) AS grade_low, max(e.grade) AS grade_high
        FROM chosen c JOIN ranked_enrollments e ON e.district = c.district AND e.choice = c.choice
        GROUP BY c.district, c.school_number)
    SELECT sc.district AS "District Folder", strftime(now(), '%m/%d/%Y %H:%M') AS "Date Time Generated",
           end_year() AS "End Year", sc.district_number AS "District Number", sc.district_name AS "District Name",
           sc.school_number AS "School Number", sc.school_name AS "School Name",
           sc.state_classification AS "State Classification", w.students AS "Student Count",
           w.sped_students AS "SPED Student Count", w.grade_low AS "Grade Low", w.grade_high AS "Grade High"
    FROM per_school w JOIN schools sc ON sc.district = w.district AND sc.school_number = w.school_number
    ORDER BY sc.district, id_order(sc.district_name), id_order(sc.school_name), id_order(sc.school_number))
TO '${out}/KECS_LEAD_Schoolwide.csv' (HEADER)
;
-- R7: active staff have a District Assignment and a District Employment record overlapping the school year.
CREATE TEMP TABLE active_staff AS
SELECT DISTINCT a.district, a.person_id
FROM assignments a
WHERE spans_overlap(a.start_date, a.end_date, year_start(), year_end())
  AND EXISTS (SELECT 1 FROM employment e WHERE e.district = a.district AND e.person_id = a.person_id
                                            AND spans_overlap(e.start_date, e.end_date, year_start(), year_end()))
;
-- R9 CASELOAD: the DETAIL rows with a State ID and a primary disability, one enrollment per student in the district
-- (R9.BR1), grouped by case manager: 0 where the case manager is blank or not active staff (R7); the count per
-- primary disability as CODE:n pairs in code order; the district number and name of the district's lowest school
-- number; sorted by End Year, District Name, Case Manager Person ID.
COPY (
    WITH chosen AS (
        SELECT district, person_id, min(choice) AS choice
        FROM detail_students WHERE state_id IS NOT NULL AND primary_disability IS NOT NULL GROUP BY district, person_id),
    caseload AS (
        SELECT c.district, CASE WHEN a.person_id IS NULL THEN '0' ELSE e.case_manager_person_id END AS manager,
               e.primary_disability
        FROM chosen c
        JOIN ranked_enrollments e ON e.district = c.district AND e.choice = c.choice
        LEFT JOIN active_staff a ON a.district = e.district AND a.person_id = e.case_manager_person_id),
    per_disability AS (
        SELECT district, manager, primary_disability, count(*) AS students FROM caseload GROUP BY ALL),
    district_names AS (
        SELECT district, district_number, district_name FROM schools
        QUALIFY row_number() OVER (PARTITION BY district ORDER BY id_order(school_number)) = 1)
    SELECT m.district AS "District Folder", strftime(now(), '%m/%d/%Y %H:%M') AS "Date Time Generated",
           end_year() AS "End Year", n.district_number AS "District Number", n.district_name AS "District Name",
           m.manager AS "Case Manager Person ID", sum(m.students) AS "Student Count",
           string_agg(m.primary_disability || ':' || m.students, '; ' ORDER BY m.primary_disability)
               AS "Primary Disability Counts"
    FROM per_disability m JOIN district_names n ON n.district = m.district
    GROUP BY m.district, n.district_number, n.district_name, m.manager
    ORDER BY m.district, id_order(m.manager))
TO '${out}/KECS_LEAD_Caseload.csv' (HEADER)
