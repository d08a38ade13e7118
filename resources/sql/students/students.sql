-- Every student the signed-in person may see, for the Students page, highest risk first.
--
-- Row-level security on student_progress and the dashboard_users view decides which students come
-- back (an instructor with can_view_all gets the department, a supervisor the subtree, an
-- administrator everyone). The submission counts come from assignment_submissions, which row-level
-- security narrows to the assignments the person can read.
-- The SELECT list is the one of student.sql: keep the two in step (StudentRepository reads both alike).
-- No bound values.
--
-- Written for 1000 students per instructor among 100 000 (docs/benchmarks.md: 13 ms, against 80 ms
-- for a plain join and 0.9 s with JIT on):
--   * the rows come from dashboard_my_student_progress (0026): a plain instructor's own students
--     through the instructor_id index, anyone with a wider scope every row row-level security lets
--     through. The policy itself is an OR, which no index can answer: read from student_progress
--     directly, every list read the whole table.
--   * users, instructors and submission counts are looked up per listed student (LATERAL; OFFSET 0
--     keeps each one a lookup by key): joined whole, the security-barrier view dashboard_users was
--     read in full, 100 000 rows each with its visibility probe.
SELECT sp.student_id,
       u.name,
       u.email,
       d.name AS department_name,
       i.name AS instructor_name,
       sp.risk_score,
       CAST(to_json(coalesce(sp.risk_factors, ARRAY[]::text[])) AS text) AS risk_factors,
       sp.overall_score,
       sp.codes_progress,
       sp.phonetic_progress,
       sp.protocol_progress,
       sp.last_active_at,
       sp.current_streak,
       coalesce(w.open_count, 0) AS open_assignments,
       coalesce(w.overdue_count, 0) AS overdue_assignments,
       sp.target_score,
       CAST(sp.target_date AS date) AS target_date,
       sp.goal_achieved,
       sp.updated_at
  FROM dashboard_my_student_progress sp
 CROSS JOIN LATERAL (SELECT v.name, v.email, v.department_id FROM dashboard_users v WHERE v.id = sp.student_id OFFSET 0) u
  LEFT JOIN departments d ON d.id = u.department_id
  LEFT JOIN LATERAL (SELECT v.name FROM dashboard_users v WHERE v.id = sp.instructor_id OFFSET 0) i ON true
  LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,
                            count(*) FILTER (WHERE s.status = 'OVERDUE') AS overdue_count
                       FROM assignment_submissions s
                      WHERE s.student_id = sp.student_id) w ON true
 ORDER BY sp.risk_score DESC, sp.last_active_at DESC NULLS LAST, sp.student_id
