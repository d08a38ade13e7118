-- The students of a plain instructor (access role instructor, no department scope), for the Students page, highest risk first.
--
-- StudentRepository runs this instead of students.sql when list_scope.sql says the person is a
-- plain instructor: the rows are exactly those students.sql returns for them (the policy on
-- student_progress still applies), read in the list's order from the covering index
-- idx_student_progress_list (0028) alone, with no sort: 0.5 ms for 1000 students among 100 000
-- (docs/benchmarks.md), where students.sql's view, whose other branch is for wider scopes, sorts
-- them after the fact.
-- The SELECT list is the one of students.sql and student.sql: keep the three in step.
-- No bound values.
SELECT sp.student_id,
       sp.student_name AS name,
       sp.student_email AS email,
       sp.department_name,
       sp.instructor_name,
       sp.risk_score,
       sp.risk_factors,
       sp.overall_score,
       sp.codes_progress,
       sp.phonetic_progress,
       sp.protocol_progress,
       sp.last_active_at,
       sp.current_streak,
       sp.open_assignments,
       sp.overdue_assignments,
       sp.target_score,
       CAST(sp.target_date AS date) AS target_date,
       sp.goal_achieved
  FROM student_progress sp
 WHERE sp.instructor_id = dashboard_current_user_id()
 ORDER BY sp.risk_score DESC, sp.last_active_at DESC, sp.student_id
