-- KECS LEAD DETAIL, CLASSES, SCHOOLWIDE and CASELOAD (kentucky-lead-extract.md, R5-R9) over one district's SIS
-- bundle, for the comparator of the benchmark. ${sis} is the ky-sis folder, ${out} the output folder; school year
-- 2025-2026, whole-year date range. Statements are separated by a line holding only ';'.
CREATE OR REPLACE TEMP TABLE schools AS SELECT * FROM read_csv('${sis}/schools.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE calendars AS SELECT * FROM read_csv('${sis}/calendars.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE sections AS SELECT * FROM read_csv('${sis}/sections.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE section_staff AS SELECT * FROM read_csv('${sis}/section_staff.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE rosters AS SELECT * FROM read_csv('${sis}/rosters.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE enrollments AS SELECT * FROM read_csv('${sis}/enrollments.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE employment AS SELECT * FROM read_csv('${sis}/staff_employment.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE assignments AS SELECT * FROM read_csv('${sis}/staff_assignments.csv', header = true, all_varchar = true)
;
CREATE OR REPLACE TEMP TABLE placed AS
SELECT s.section_id, s.calendar_id, s.schedule_structure, s.course_number, s.course_name, s.section_number,
       s.state_course_code, s.core_content, s.teaching_method, s.instructional_setting, s.special_type, s.kts_exchange,
       s.responsive, CAST(s.start_date AS DATE) AS section_start, CAST(s.end_date AS DATE) AS section_end,
       c.calendar_name, c.end_year, CAST(c.end_date AS DATE) AS calendar_end, sc.district_number, sc.district_name,
       sc.school_number, sc.school_name, sc.state_classification, sc.grade_low, sc.grade_high,
       LEAST(CAST(s.end_date AS DATE), DATE '2026-06-30') AS last_day
FROM sections s JOIN calendars c ON c.calendar_id = s.calendar_id JOIN schools sc ON sc.school_number = c.school_number
WHERE s.course_active = 'Y' AND s.start_date IS NOT NULL AND s.end_date IS NOT NULL
  AND CAST(s.start_date AS DATE) <= DATE '2026-06-30' AND CAST(s.end_date AS DATE) >= DATE '2025-07-01'
  AND c.end_year = '2026' AND coalesce(c.summer_school, 'N') <> 'Y'
  AND (c.start_date IS NULL OR CAST(c.start_date AS DATE) <= DATE '2026-06-30')
  AND (c.end_date IS NULL OR CAST(c.end_date AS DATE) >= DATE '2025-07-01')
  AND sc.state_classification IN ('A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'B1', 'B2', 'C1', 'C2', 'D1')
;
CREATE OR REPLACE TEMP TABLE primary_teacher AS
SELECT p.section_id, first(st.person_id ORDER BY CAST(st.start_date AS DATE) DESC NULLS LAST, CAST(st.person_id AS BIGINT)) AS teacher_id
FROM placed p JOIN section_staff st ON st.section_id = p.section_id
WHERE st.staff_type = 'P' AND (st.start_date IS NULL OR CAST(st.start_date AS DATE) <= p.last_day)
  AND (st.end_date IS NULL OR CAST(st.end_date AS DATE) >= p.last_day)
GROUP BY p.section_id
;
CREATE OR REPLACE TEMP TABLE detail_students AS
WITH on_roster AS (
    SELECT DISTINCT p.section_id, r.person_id, p.calendar_id, p.last_day
    FROM placed p JOIN rosters r ON r.section_id = p.section_id
    WHERE (r.start_date IS NULL OR CAST(r.start_date AS DATE) <= p.last_day)
      AND (r.end_date IS NULL OR CAST(r.end_date AS DATE) >= p.last_day)),
candidates AS (
    SELECT o.section_id, e.*, row_number() OVER (PARTITION BY o.section_id, o.person_id
        ORDER BY CAST(e.start_date AS DATE) DESC NULLS LAST, CAST(e.end_date AS DATE) DESC NULLS FIRST,
                 e.service_type <> 'P', CAST(e.enrollment_id AS BIGINT) DESC) AS choice
    FROM on_roster o JOIN enrollments e ON e.person_id = o.person_id AND e.calendar_id = o.calendar_id
    WHERE coalesce(e.no_show, 'N') <> 'Y' AND (e.start_date IS NULL OR CAST(e.start_date AS DATE) <= o.last_day)
      AND (e.end_date IS NULL OR CAST(e.end_date AS DATE) >= o.last_day))
SELECT * EXCLUDE (choice) FROM candidates WHERE choice = 1
;
CREATE OR REPLACE TEMP TABLE detail AS
SELECT p.*, t.teacher_id, d.person_id AS student_id, d.state_id, d.enrollment_id, d.grade, d.service_type,
       nullif(d.primary_disability, '') AS primary_disability, d.case_manager_person_id,
       nullif(d.primary_disability, '') IS NOT NULL AND d.sped_status IN ('A', 'Active') AS sped,
       CAST(d.start_date AS DATE) AS enrollment_start, CAST(d.end_date AS DATE) AS enrollment_end,
       CASE d.grade WHEN 'PK' THEN -1 WHEN 'KG' THEN 0 ELSE TRY_CAST(d.grade AS INTEGER) END AS grade_rank
FROM placed p LEFT JOIN primary_teacher t ON t.section_id = p.section_id
     LEFT JOIN detail_students d ON d.section_id = p.section_id
;
COPY (SELECT end_year, section_id, district_number, district_name, school_number, school_name, state_classification,
             calendar_name, schedule_structure, course_number, course_name, section_number, state_course_code,
             core_content, teaching_method, instructional_setting, special_type, kts_exchange, responsive, teacher_id,
             section_start, section_end, student_id, state_id, enrollment_id, grade, service_type, primary_disability,
             case_manager_person_id
      FROM detail ORDER BY end_year, district_name, school_name, calendar_name, schedule_structure,
               CAST(course_number AS BIGINT), CAST(section_number AS BIGINT), CAST(section_id AS BIGINT), CAST(student_id AS BIGINT))
TO '${out}/Detail.csv' (HEADER)
;
COPY (SELECT * FROM (SELECT end_year, district_number, district_name, school_number, school_name, state_classification, calendar_name,
             schedule_structure, course_number, course_name, section_number, section_id, state_course_code, core_content,
             teaching_method, instructional_setting, special_type, kts_exchange, responsive, teacher_id, section_start,
             section_end, count(student_id) AS student_count,
             coalesce(arg_min(grade, grade_rank), any_value(grade_low)) AS grade_low,
             coalesce(arg_max(grade, grade_rank), any_value(grade_high)) AS grade_high,
             count(*) FILTER (WHERE sped) AS sped_count
      FROM detail
      GROUP BY ALL)
      ORDER BY end_year, district_name, school_name, calendar_name, schedule_structure, CAST(course_number AS BIGINT),
               CAST(section_number AS BIGINT), CAST(section_id AS BIGINT))
TO '${out}/Classes.csv' (HEADER)
;
CREATE OR REPLACE TEMP TABLE school_students AS
SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY school_number, student_id
        ORDER BY CASE service_type WHEN 'P' THEN 0 WHEN 'S' THEN 1 WHEN 'N' THEN 2 ELSE 3 END,
                 NOT (enrollment_end IS NULL OR enrollment_end = calendar_end),
                 enrollment_start DESC NULLS LAST, enrollment_end DESC NULLS FIRST, service_type <> 'P',
                 CAST(enrollment_id AS BIGINT) DESC) AS choice
    FROM detail WHERE student_id IS NOT NULL AND state_id IS NOT NULL)
WHERE choice = 1
;
COPY (SELECT * FROM (SELECT end_year, district_number, district_name, school_number, school_name, state_classification,
             count(*) AS student_count, count(*) FILTER (WHERE sped) AS sped_count,
             arg_min(grade, grade_rank) AS grade_low, arg_max(grade, grade_rank) AS grade_high
      FROM school_students GROUP BY ALL) ORDER BY end_year, district_name, school_name, school_number)
TO '${out}/Schoolwide.csv' (HEADER)
;
CREATE OR REPLACE TEMP TABLE active_staff AS
SELECT DISTINCT a.person_id FROM assignments a JOIN employment e ON e.person_id = a.person_id
WHERE (a.start_date IS NULL OR CAST(a.start_date AS DATE) <= DATE '2026-06-30')
  AND (a.end_date IS NULL OR CAST(a.end_date AS DATE) >= DATE '2025-07-01')
  AND (e.start_date IS NULL OR CAST(e.start_date AS DATE) <= DATE '2026-06-30')
  AND (e.end_date IS NULL OR CAST(e.end_date AS DATE) >= DATE '2025-07-01')
;
COPY (WITH caseload AS (
          SELECT *, CASE WHEN case_manager_person_id IN (SELECT person_id FROM active_staff) THEN case_manager_person_id
                         ELSE '0' END AS manager
          FROM (SELECT *, row_number() OVER (PARTITION BY student_id
                    ORDER BY CASE service_type WHEN 'P' THEN 0 WHEN 'S' THEN 1 WHEN 'N' THEN 2 ELSE 3 END,
                             NOT (enrollment_end IS NULL OR enrollment_end = calendar_end),
                             enrollment_start DESC NULLS LAST, enrollment_end DESC NULLS FIRST, service_type <> 'P',
                             CAST(enrollment_id AS BIGINT) DESC) AS choice
                FROM detail WHERE student_id IS NOT NULL AND state_id IS NOT NULL AND primary_disability IS NOT NULL)
          WHERE choice = 1),
      per_code AS (SELECT manager, primary_disability, count(*) AS n FROM caseload GROUP BY ALL)
      SELECT '2026' AS end_year, (SELECT district_number FROM schools ORDER BY CAST(school_number AS BIGINT) LIMIT 1) AS district_number,
             (SELECT district_name FROM schools ORDER BY CAST(school_number AS BIGINT) LIMIT 1) AS district_name,
             manager, sum(n) AS student_count, string_agg(primary_disability || ':' || n, '; ' ORDER BY primary_disability) AS counts
      FROM per_code GROUP BY manager ORDER BY CAST(manager AS BIGINT))
TO '${out}/Caseload.csv' (HEADER)
