-- Step 1 of `aggregate`, for one day D: progress_snapshots, one row per student (role USER) with at least one quiz or voice session on D.
--
-- $1 (date): the day D. A quiz session belongs to D when started_at::date = D, a voice session when
-- created_at::date = D, written as half-open ranges [D, D + 1) on the plain UTC timestamp columns:
-- no time zone conversion happens, so the session TimeZone changes nothing. day_sessions.sql, run
-- just before in this step, read them (through the BRIN indexes of 0021: a whole-table scan
-- before them).
-- One statement: the rows of D whose student no longer has a session that day are deleted
-- (vanished), the others inserted or updated in place (their ids are kept). A row whose values did
-- not change is not written at all, so a re-run leaves every row, and the audit trail, as it was.
-- Every number is round(x::numeric, 2), except counts and the minutes of total_time_spent.
WITH
-- The day's sessions of students, quiz and voice alike. seconds is the duration of a completed quiz
-- session (NULL when abandoned) or of a voice session.
day_sessions AS MATERIALIZED (
    SELECT q.user_id,
           q.completed_at IS NOT NULL AS completed,
           q.questions_answered,
           q.correct_answers,
           extract(epoch FROM q.completed_at - q.started_at) AS seconds,
           extract(hour FROM q.started_at)::integer AS hour
      FROM aggregate_day_quiz q
      JOIN users u ON u.id = q.user_id AND u.role = 'USER'
     -- with `aggregate --jobs N`, the students of this transaction's partition only (0023)
     WHERE public.dashboard_aggregate_partition_has(q.user_id, $2, $3)
    UNION ALL
    SELECT v.user_id,
           true,
           0,
           0,
           v.duration::numeric,
           extract(hour FROM v.created_at)::integer
      FROM aggregate_day_voice v
      JOIN users u ON u.id = v.user_id AND u.role = 'USER'
     WHERE public.dashboard_aggregate_partition_has(v.user_id, $2, $3)
),
day_totals AS (
    SELECT d.user_id,
           count(*) AS session_count,
           count(*) FILTER (WHERE d.completed) AS sessions_completed,
           sum(d.questions_answered) AS questions_answered,
           sum(d.correct_answers) AS correct_answers,
           coalesce(sum(d.seconds), 0) AS seconds
      FROM day_sessions d
     GROUP BY d.user_id
),
-- The hour with the most sessions; ties go to the earliest hour.
peak_hours AS (
    SELECT DISTINCT ON (h.user_id) h.user_id, h.hour
      FROM (SELECT d.user_id, d.hour, count(*) AS sessions FROM day_sessions d GROUP BY d.user_id, d.hour) h
     ORDER BY h.user_id, h.sessions DESC, h.hour
),
computed AS (
    SELECT t.user_id AS student_id,
           t.sessions_completed::integer AS sessions_completed,
           round(t.seconds / 60)::integer AS total_time_spent,
           t.questions_answered::integer AS questions_answered,
           t.correct_answers::integer AS correct_answers,
           CASE WHEN t.questions_answered > 0
                THEN round(100 * t.correct_answers::numeric / t.questions_answered, 2) ELSE 0 END AS daily_accuracy,
           coalesce(o.overall_score, 0) AS overall_score,
           CASE WHEN previous.overall_score IS NULL THEN 0
                ELSE coalesce(o.overall_score, 0) - previous.overall_score::numeric END AS improvement_delta,
           p.hour AS peak_activity_hour,
           t.session_count::integer AS session_count,
           CASE WHEN t.sessions_completed > 0
                THEN round(t.seconds / 60 / t.sessions_completed, 2) ELSE 0 END AS avg_session_length
      FROM day_totals t
      JOIN peak_hours p ON p.user_id = t.user_id
      -- The overall score as of the end of D (day_overall.sql, run just before in this step: the
      -- same computation the facts of the day use); 0 when the student has no scored session yet.
      LEFT JOIN aggregate_day_overall o ON o.user_id = t.user_id
      -- The latest earlier snapshot. Written with max() rather than ORDER BY ... LIMIT 1 so that only
      -- the unique index (student_id, snapshot_date) can answer it: a backward scan of the date index
      -- would read every student's rows of the previous days.
      LEFT JOIN progress_snapshots previous
             ON previous.student_id = t.user_id
            AND previous.snapshot_date = (SELECT max(e.snapshot_date)
                                            FROM progress_snapshots e
                                           WHERE e.student_id = t.user_id AND e.snapshot_date < $1::date)
),
-- NOT IN over a non-null column: one hash of the day's students, whatever the planner believes
-- about the table's size (an anti-join against a CTE it underestimates could rescan it per row).
vanished AS (
    DELETE FROM progress_snapshots ps
     WHERE ps.snapshot_date = $1::date
       AND public.dashboard_aggregate_partition_has(ps.student_id, $2, $3)
       AND ps.student_id NOT IN (SELECT c.student_id FROM computed c)
)
INSERT INTO progress_snapshots AS ps (id, student_id, snapshot_date, sessions_completed, total_time_spent,
                                      questions_answered, correct_answers, daily_accuracy, overall_score,
                                      improvement_delta, peak_activity_hour, session_count, avg_session_length)
SELECT public.dashboard_new_id(), c.student_id, $1::date, c.sessions_completed, c.total_time_spent,
       c.questions_answered, c.correct_answers, c.daily_accuracy, c.overall_score,
       c.improvement_delta, c.peak_activity_hour, c.session_count, c.avg_session_length
  FROM computed c
 -- Sorting reads every input (progress_snapshots included) before the first row is written, and
 -- writes in key order.
 ORDER BY c.student_id
ON CONFLICT (student_id, snapshot_date) DO UPDATE
   SET sessions_completed = EXCLUDED.sessions_completed,
       total_time_spent = EXCLUDED.total_time_spent,
       questions_answered = EXCLUDED.questions_answered,
       correct_answers = EXCLUDED.correct_answers,
       daily_accuracy = EXCLUDED.daily_accuracy,
       overall_score = EXCLUDED.overall_score,
       improvement_delta = EXCLUDED.improvement_delta,
       peak_activity_hour = EXCLUDED.peak_activity_hour,
       session_count = EXCLUDED.session_count,
       avg_session_length = EXCLUDED.avg_session_length
 WHERE (ps.sessions_completed, ps.total_time_spent, ps.questions_answered, ps.correct_answers, ps.daily_accuracy,
        ps.overall_score, ps.improvement_delta, ps.peak_activity_hour, ps.session_count, ps.avg_session_length)
       IS DISTINCT FROM
       (EXCLUDED.sessions_completed, EXCLUDED.total_time_spent, EXCLUDED.questions_answered, EXCLUDED.correct_answers,
        EXCLUDED.daily_accuracy, EXCLUDED.overall_score, EXCLUDED.improvement_delta, EXCLUDED.peak_activity_hour,
        EXCLUDED.session_count, EXCLUDED.avg_session_length)
