-- Every student the signed-in person may see, for the Students page, highest risk first; for a plain instructor students_own.sql instead.
--
-- Row-level security on student_progress decides which students come back (an instructor with
-- can_view_all gets the department, a supervisor the subtree, an administrator everyone). The
-- assignment counts are over all of the student's submissions (kept by a trigger, 0027).
-- The SELECT list is the one of students_own.sql and student.sql: keep the three in step
-- (StudentRepository reads them alike).
-- No bound values.
--
-- The rows come from dashboard_my_student_progress (0026): anyone with a wider scope reads every
-- row row-level security lets through (the policy is an OR, which no index can answer). Names,
-- department, instructor and the assignment counts are columns of student_progress (0027): looked
-- up per row (a security-barrier view of users, departments, a count of submissions) they cost
-- 13-20 ms for 1000 rows. The names are as of the last `aggregate` (the student app's users are
-- renamed without the dashboard knowing); the counts are current.
-- Among equal risks, the most recently active first and the never active before them (the order
-- of idx_student_progress_list: DESC puts NULL first).
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
  FROM dashboard_my_student_progress sp
 ORDER BY sp.risk_score DESC, sp.last_active_at DESC, sp.student_id
