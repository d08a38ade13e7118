-- One student for the detail header: the same columns as students.sql, for one id (names and counts
-- looked up live: one row).
--
-- Bound values: 1. the student id.
SELECT sp.student_id,
       u.name,
       u.email,
       d.name AS department_name,
       i.name AS instructor_name,
       sp.risk_score,
       sp.risk_factors,
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
       sp.goal_achieved
  FROM student_progress sp
 -- lookups by key (OFFSET 0): joined whole, the security-barrier view dashboard_users is read in full
 CROSS JOIN LATERAL (SELECT v.name, v.email, v.department_id FROM dashboard_users v WHERE v.id = sp.student_id OFFSET 0) u
  LEFT JOIN departments d ON d.id = u.department_id
  LEFT JOIN LATERAL (SELECT v.name FROM dashboard_users v WHERE v.id = sp.instructor_id OFFSET 0) i ON true
  LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,
                            count(*) FILTER (WHERE s.status = 'OVERDUE') AS overdue_count
                       FROM assignment_submissions s
                      WHERE s.student_id = sp.student_id) w ON true
 WHERE sp.student_id = ?
