-- Step 3 of `aggregate`, for one day D: analytics_daily, one row per instructor (instructor_id set), per department (department_id set, its whole subtree) and for the whole program (both NULL).
--
-- $1 (date): the day D (half-open range [D, D + 1) on the plain UTC timestamps, whatever the
-- session TimeZone; the day's sessions are those day_sessions.sql read, first in this step). Runs after the refresh of student_progress, whose risk scores it counts: a
-- re-run therefore gives the same rows.
-- Populations (students are users with role USER): an instructor's row counts the students whose
-- student_progress.instructor_id is that instructor; a department's row the students whose
-- users.department_id is in the department or below it; the program row every student.
-- Every instructor-profile holder and every department gets a row, with zeros when it has nobody.
-- One statement: rows of D that no longer have an owner are deleted (vanished), the others
-- inserted or updated in place (ids kept); unchanged rows are not written.
-- Rates and averages are round(x::numeric, 2); everything else is a count.
WITH RECURSIVE settings AS (
    SELECT (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'at_risk_threshold') AS at_risk
),
-- Every department with itself and each of its ancestors (UNION: a cycle in parent_id ends).
tree(department_id, ancestor_id) AS (
    SELECT d.id, d.id FROM departments d
    UNION
    SELECT t.department_id, p.parent_id
      FROM tree t
      JOIN departments p ON p.id = t.ancestor_id
     WHERE p.parent_id IS NOT NULL
),
day_quiz AS (
    SELECT q.user_id,
           count(*) AS sessions,
           sum(q.score::numeric) FILTER (WHERE q.completed_at IS NOT NULL) AS score_sum,
           count(q.score) FILTER (WHERE q.completed_at IS NOT NULL) AS scores,
           sum(extract(epoch FROM q.completed_at - q.started_at)) AS seconds
      FROM aggregate_day_quiz q
     GROUP BY q.user_id
),
day_voice AS (
    SELECT v.user_id,
           count(*) AS sessions,
           sum(v.score::numeric) AS score_sum,
           count(v.score) AS scores,
           sum(v.duration) AS seconds
      FROM aggregate_day_voice v
     GROUP BY v.user_id
),
-- Students with a snapshot on some day of D-7..D-1.
active_before AS (
    SELECT DISTINCT ps.student_id
      FROM progress_snapshots ps
     WHERE ps.snapshot_date >= $1::date - 7 AND ps.snapshot_date < $1::date
),
-- One row per student with everything the rows count.
students AS MATERIALIZED (
    SELECT u.id AS student_id,
           u.department_id,
           sp.instructor_id,
           u.created_at >= $1::date AND u.created_at < $1::date + 1 AS registered,
           u.last_login_at >= $1::date AND u.last_login_at < $1::date + 1 AS logged_in,
           coalesce(sp.risk_score >= st.at_risk, false) AS at_risk,
           ps.student_id IS NOT NULL AS active,
           b.student_id IS NOT NULL AS active_before,
           coalesce(ps.session_count, 0) AS session_count,
           coalesce(ps.sessions_completed, 0) AS sessions_completed,
           coalesce(ps.total_time_spent, 0) AS total_time_spent,
           coalesce(dq.sessions, 0) AS quiz_sessions,
           coalesce(dv.sessions, 0) AS voice_sessions,
           coalesce(dq.score_sum, 0) + coalesce(dv.score_sum, 0) AS score_sum,
           coalesce(dq.scores, 0) + coalesce(dv.scores, 0) AS scores,
           coalesce(dq.seconds, 0) + coalesce(dv.seconds, 0) AS seconds
      FROM users u
     CROSS JOIN settings st
      LEFT JOIN student_progress sp ON sp.student_id = u.id
      LEFT JOIN progress_snapshots ps ON ps.student_id = u.id AND ps.snapshot_date = $1::date
      LEFT JOIN active_before b ON b.student_id = u.id
      LEFT JOIN day_quiz dq ON dq.user_id = u.id
      LEFT JOIN day_voice dv ON dv.user_id = u.id
     WHERE u.role = 'USER'
),
-- Each student once per row that counts them.
members AS (
    SELECT s.instructor_id AS owner_instructor, NULL::text AS owner_department, s.*
      FROM students s
     WHERE s.instructor_id IS NOT NULL
    UNION ALL
    SELECT NULL, t.ancestor_id, s.*
      FROM students s
      JOIN tree t ON t.department_id = s.department_id
    UNION ALL
    SELECT NULL, NULL, s.*
      FROM students s
),
member_totals AS (
    SELECT m.owner_instructor, m.owner_department,
           count(*) AS total_students,
           count(*) FILTER (WHERE m.registered) AS new_registrations,
           count(*) FILTER (WHERE m.active) AS active_students,
           count(*) FILTER (WHERE m.at_risk) AS at_risk_students,
           sum(m.session_count) FILTER (WHERE m.active) AS total_sessions,
           sum(m.sessions_completed) FILTER (WHERE m.active) AS completed_sessions,
           sum(m.total_time_spent) FILTER (WHERE m.active) AS total_time_spent,
           sum(m.quiz_sessions) AS quiz_sessions,
           sum(m.voice_sessions) AS voice_sessions,
           sum(m.score_sum) AS score_sum,
           sum(m.scores) AS scores,
           sum(m.seconds) FILTER (WHERE m.active) AS seconds,
           count(*) FILTER (WHERE m.active AND m.sessions_completed = 0) AS bounced,
           count(*) FILTER (WHERE m.active_before) AS active_before,
           count(*) FILTER (WHERE m.active AND m.active_before) AS retained,
           count(*) FILTER (WHERE m.logged_in) AS total_logins
      FROM members m
     GROUP BY m.owner_instructor, m.owner_department
),
-- Assignments: created on D; their submissions completed on D; their submissions overdue on D
-- (due before the end of D, not handed in), with the statuses as they are now.
assignment_rows AS (
    SELECT a.instructor_id,
           a.id,
           a.created_at >= $1::date AND a.created_at < $1::date + 1 AS created,
           (SELECT count(*) FROM assignment_submissions s
             WHERE s.assignment_id = a.id AND s.completed_at >= $1::date AND s.completed_at < $1::date + 1) AS completed,
           CASE WHEN a.due_date < $1::date + 1
                THEN (SELECT count(*) FROM assignment_submissions s
                       WHERE s.assignment_id = a.id AND s.status NOT IN ('SUBMITTED', 'COMPLETED', 'GRADED'))
                ELSE 0 END AS overdue
      FROM assignments a
),
assignment_owners AS (
    SELECT r.instructor_id AS owner_instructor, NULL::text AS owner_department, r.*
      FROM assignment_rows r
    UNION ALL
    SELECT NULL, t.ancestor_id, r.*
      FROM assignment_rows r
      JOIN instructor_profiles ip ON ip.user_id = r.instructor_id
      JOIN tree t ON t.department_id = ip.department_id
    UNION ALL
    SELECT NULL, NULL, r.*
      FROM assignment_rows r
),
assignment_totals AS (
    SELECT o.owner_instructor, o.owner_department,
           count(*) FILTER (WHERE o.created) AS assignments_created,
           sum(o.completed) AS assignments_completed,
           sum(o.overdue) AS assignments_overdue
      FROM assignment_owners o
     GROUP BY o.owner_instructor, o.owner_department
),
-- The rows of D: one per instructor profile, one per department, one for the program.
owners AS (
    SELECT ip.user_id AS instructor_id, NULL::text AS department_id FROM instructor_profiles ip
    UNION ALL
    SELECT NULL, d.id FROM departments d
    UNION ALL
    SELECT NULL, NULL
),
computed AS (
    SELECT o.instructor_id,
           o.department_id,
           coalesce(m.total_students, 0)::integer AS total_students,
           coalesce(m.active_students, 0)::integer AS active_students,
           coalesce(m.new_registrations, 0)::integer AS new_registrations,
           coalesce(m.at_risk_students, 0)::integer AS at_risk_students,
           coalesce(m.total_sessions, 0)::integer AS total_sessions,
           coalesce(m.completed_sessions, 0)::integer AS completed_sessions,
           CASE WHEN m.scores > 0 THEN round(m.score_sum / m.scores, 2) ELSE 0 END AS average_score,
           coalesce(m.total_time_spent, 0)::integer AS total_time_spent,
           coalesce(m.quiz_sessions, 0)::integer AS quiz_sessions,
           coalesce(m.voice_sessions, 0)::integer AS voice_sessions,
           CASE WHEN m.completed_sessions > 0
                THEN round(coalesce(m.seconds, 0) / 60 / m.completed_sessions, 2) ELSE 0 END AS average_session_length,
           coalesce(a.assignments_created, 0)::integer AS assignments_created,
           coalesce(a.assignments_completed, 0)::integer AS assignments_completed,
           coalesce(a.assignments_overdue, 0)::integer AS assignments_overdue,
           coalesce(m.active_students, 0)::integer AS unique_active_users,
           coalesce(m.total_logins, 0)::integer AS total_logins,
           CASE WHEN m.active_students > 0
                THEN round(100 * m.bounced::numeric / m.active_students, 2) ELSE 0 END AS bounce_rate,
           CASE WHEN m.active_before > 0
                THEN round(100 * m.retained::numeric / m.active_before, 2) ELSE 0 END AS retention_rate
      FROM owners o
      LEFT JOIN member_totals m
             ON m.owner_instructor IS NOT DISTINCT FROM o.instructor_id
            AND m.owner_department IS NOT DISTINCT FROM o.department_id
      LEFT JOIN assignment_totals a
             ON a.owner_instructor IS NOT DISTINCT FROM o.instructor_id
            AND a.owner_department IS NOT DISTINCT FROM o.department_id
),
vanished AS (
    DELETE FROM analytics_daily ad
     WHERE ad.date = $1::date
       AND NOT EXISTS (SELECT 1 FROM computed c
                        WHERE c.instructor_id IS NOT DISTINCT FROM ad.instructor_id
                          AND c.department_id IS NOT DISTINCT FROM ad.department_id)
)
INSERT INTO analytics_daily AS ad (id, date, instructor_id, department_id, total_students, active_students,
                                   new_registrations, at_risk_students, total_sessions, completed_sessions,
                                   average_score, total_time_spent, quiz_sessions, voice_sessions,
                                   average_session_length, assignments_created, assignments_completed,
                                   assignments_overdue, unique_active_users, total_logins, bounce_rate, retention_rate)
SELECT public.dashboard_new_id(), $1::date, c.instructor_id, c.department_id, c.total_students, c.active_students,
       c.new_registrations, c.at_risk_students, c.total_sessions, c.completed_sessions,
       c.average_score, c.total_time_spent, c.quiz_sessions, c.voice_sessions,
       c.average_session_length, c.assignments_created, c.assignments_completed,
       c.assignments_overdue, c.unique_active_users, c.total_logins, c.bounce_rate, c.retention_rate
  FROM computed c
 ORDER BY c.instructor_id NULLS FIRST, c.department_id NULLS FIRST
ON CONFLICT (date, instructor_id, department_id) DO UPDATE
   SET total_students = EXCLUDED.total_students,
       active_students = EXCLUDED.active_students,
       new_registrations = EXCLUDED.new_registrations,
       at_risk_students = EXCLUDED.at_risk_students,
       total_sessions = EXCLUDED.total_sessions,
       completed_sessions = EXCLUDED.completed_sessions,
       average_score = EXCLUDED.average_score,
       total_time_spent = EXCLUDED.total_time_spent,
       quiz_sessions = EXCLUDED.quiz_sessions,
       voice_sessions = EXCLUDED.voice_sessions,
       average_session_length = EXCLUDED.average_session_length,
       assignments_created = EXCLUDED.assignments_created,
       assignments_completed = EXCLUDED.assignments_completed,
       assignments_overdue = EXCLUDED.assignments_overdue,
       unique_active_users = EXCLUDED.unique_active_users,
       total_logins = EXCLUDED.total_logins,
       bounce_rate = EXCLUDED.bounce_rate,
       retention_rate = EXCLUDED.retention_rate
 WHERE (ad.total_students, ad.active_students, ad.new_registrations, ad.at_risk_students, ad.total_sessions,
        ad.completed_sessions, ad.average_score, ad.total_time_spent, ad.quiz_sessions, ad.voice_sessions,
        ad.average_session_length, ad.assignments_created, ad.assignments_completed, ad.assignments_overdue,
        ad.unique_active_users, ad.total_logins, ad.bounce_rate, ad.retention_rate)
       IS DISTINCT FROM
       (EXCLUDED.total_students, EXCLUDED.active_students, EXCLUDED.new_registrations, EXCLUDED.at_risk_students,
        EXCLUDED.total_sessions, EXCLUDED.completed_sessions, EXCLUDED.average_score, EXCLUDED.total_time_spent,
        EXCLUDED.quiz_sessions, EXCLUDED.voice_sessions, EXCLUDED.average_session_length,
        EXCLUDED.assignments_created, EXCLUDED.assignments_completed, EXCLUDED.assignments_overdue,
        EXCLUDED.unique_active_users, EXCLUDED.total_logins, EXCLUDED.bounce_rate, EXCLUDED.retention_rate)
