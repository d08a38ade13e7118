-- Notifications of the refresh of student_progress AS OF T: each crossing is told once, to the student's instructor.
--
-- $1 (date): T. Runs right after student_progress.sql, in the same transaction, and compares the
-- refreshed rows with the values they had before (the temporary table aggregate_previous_progress;
-- a student without a row there is new). Students without an instructor notify nobody.
--   STUDENT_AT_RISK (HIGH): risk_score reached at_risk_threshold, from below or as a new row;
--     key "at_risk:<student>:<T>", so a student can be reported again after recovering, but only
--     once per day of T.
--   PROGRESS_MILESTONE (NORMAL): goal_achieved became true, key "goal:<student>" (once ever); the
--     current streak reached 7 or 30 days (previous < N <= current), key "streak<N>:<student>:<T>".
-- Every key is unique (notifications_event_key_key) and the insert does nothing on a conflict: a
-- re-run, or a second process, never repeats a notification. ASSIGNMENT_OVERDUE is made by
-- overdue.sql, with the status change it reports.
WITH threshold AS (
    SELECT (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'at_risk_threshold') AS at_risk
),
refreshed AS (
    SELECT sp.student_id,
           sp.instructor_id,
           coalesce(u.name, u.email) AS student_name,
           sp.risk_score,
           sp.risk_factors,
           sp.goal_achieved,
           sp.target_score,
           sp.overall_score,
           sp.current_streak,
           p.student_id IS NULL AS is_new,
           p.risk_score AS previous_risk_score,
           coalesce(p.goal_achieved, false) AS previous_goal_achieved,
           coalesce(p.current_streak, 0) AS previous_streak,
           to_char($1::date, 'YYYY-MM-DD') AS day
      FROM student_progress sp
      JOIN users u ON u.id = sp.student_id AND u.role = 'USER'
      LEFT JOIN aggregate_previous_progress p ON p.student_id = sp.student_id
     WHERE sp.instructor_id IS NOT NULL
       -- the students of this transaction's partition (student_progress.sql): another partition's
       -- are missing from aggregate_previous_progress and would look new
       AND public.dashboard_aggregate_partition_has(sp.student_id, $2, $3)
),
events AS (
    SELECT r.student_id,
           r.instructor_id,
           'STUDENT_AT_RISK'::"NotificationType" AS type,
           'HIGH'::"NotificationPriority" AS priority,
           'risk' AS category,
           'Student at risk: ' || r.student_name AS title,
           r.student_name || ' has a risk score of ' || trim_scale(round(r.risk_score::numeric, 2))
               || ' (at risk from ' || trim_scale(round(t.at_risk::numeric, 2)) || '): '
               || array_to_string(r.risk_factors, ', ') || '.' AS message,
           'at_risk:' || r.student_id || ':' || r.day AS event_key,
           jsonb_build_object('risk_score', r.risk_score, 'risk_factors', to_jsonb(r.risk_factors), 'date', r.day) AS details
      FROM refreshed r
     CROSS JOIN threshold t
     WHERE r.risk_score >= t.at_risk
       AND (r.is_new OR r.previous_risk_score < t.at_risk)
    UNION ALL
    SELECT r.student_id,
           r.instructor_id,
           'PROGRESS_MILESTONE',
           'NORMAL',
           'progress',
           'Goal reached: ' || r.student_name,
           r.student_name || ' reached the target score of ' || trim_scale(round(r.target_score::numeric, 2))
               || ' (overall score ' || trim_scale(round(r.overall_score::numeric, 2)) || ').',
           'goal:' || r.student_id,
           jsonb_build_object('target_score', r.target_score, 'overall_score', r.overall_score, 'date', r.day)
      FROM refreshed r
     WHERE r.goal_achieved
       AND NOT r.previous_goal_achieved
    UNION ALL
    SELECT r.student_id,
           r.instructor_id,
           'PROGRESS_MILESTONE',
           'NORMAL',
           'progress',
           n.days || '-day streak: ' || r.student_name,
           r.student_name || ' has practised ' || n.days || ' days in a row.',
           'streak' || n.days || ':' || r.student_id || ':' || r.day,
           jsonb_build_object('streak', n.days, 'current_streak', r.current_streak, 'date', r.day)
      FROM refreshed r
     CROSS JOIN (VALUES (7), (30)) AS n(days)
     WHERE r.previous_streak < n.days
       AND n.days <= r.current_streak
)
INSERT INTO notifications (id, user_id, title, message, action_url, type, category, priority, metadata, created_at)
SELECT public.dashboard_new_id(),
       e.instructor_id,
       e.title,
       e.message,
       'dashboard://students/' || e.student_id,
       e.type,
       e.category,
       e.priority,
       jsonb_build_object('event_key', e.event_key, 'student_id', e.student_id) || e.details,
       now() AT TIME ZONE 'UTC'
  FROM events e
 ORDER BY e.event_key
ON CONFLICT DO NOTHING
