-- Every student the signed-in person may see, for the Students page, highest risk first.
--
-- Nothing here filters by person: row-level security on student_progress and the dashboard_users
-- view decide which students come back (an instructor with can_view_all gets the department, a
-- supervisor the subtree). The submission counts come from assignment_submissions, which row-level
-- security narrows to the assignments the person can read.
-- The SELECT list is the one of student.sql: keep the two in step (StudentRepository reads both alike).
-- No bound values.
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
  FROM student_progress sp
  JOIN dashboard_users u ON u.id = sp.student_id
  LEFT JOIN departments d ON d.id = u.department_id
  LEFT JOIN dashboard_users i ON i.id = sp.instructor_id
  LEFT JOIN (SELECT s.student_id,
                    count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,
                    count(*) FILTER (WHERE s.status = 'OVERDUE') AS overdue_count
               FROM assignment_submissions s
              GROUP BY s.student_id) w ON w.student_id = sp.student_id
 ORDER BY sp.risk_score DESC, sp.last_active_at DESC NULLS LAST, sp.student_id
