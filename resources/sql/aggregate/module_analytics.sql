-- Step 2 of `aggregate`, for one day D: module_analytics, one row per (module_id, category, difficulty) with at least one quiz session started on D.
--
-- $1 (date): the day D; a quiz session belongs to D when started_at::date = D (half-open range
-- [D, D + 1) on the plain UTC timestamp, whatever the session TimeZone: day_sessions.sql read them). Every quiz session counts,
-- whoever took it: the rows describe the modules, not students.
-- One statement: rows of D whose group no longer has a session are deleted (vanished), the others
-- inserted or updated in place (ids kept); unchanged rows are not written.
-- Every number is round(x::numeric, 2), except counts.
WITH settings AS (
    SELECT (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score') AS pass_score
),
day_rows AS MATERIALIZED (
    SELECT q.user_id,
           q.module_id,
           q.category,
           q.difficulty,
           q.score,
           q.completed_at,
           q.started_at,
           q.answers,
           min(q.started_at) OVER (PARTITION BY q.user_id, q.module_id) AS first_of_day
      FROM aggregate_day_quiz q
),
day_sessions AS MATERIALIZED (
    SELECT d.user_id,
           d.module_id,
           d.category,
           d.difficulty,
           d.score,
           d.completed_at IS NOT NULL AS completed,
           extract(epoch FROM d.completed_at - d.started_at) AS seconds,
           d.answers,
           -- A retry: the same user started the same module earlier (any day; ties in time are not
           -- earlier): an earlier session of the module on D itself (from the day's rows), or a day
           -- before D on which the user started the module in any category (the first such day per
           -- module and category is in the per-student facts, dashboard_student_modules, kept up to
           -- date day by day: one index probe instead of a walk through the user's sessions, 10 s
           -- for a day of 80 000 sessions at 100 000 students, measured). Like the refresh, it
           -- relies on the days before D being aggregated since their sessions last changed.
           d.first_of_day < d.started_at
           OR EXISTS (SELECT 1
                        FROM dashboard_student_modules m
                       WHERE m.student_id = d.user_id
                         AND m.module_id = d.module_id
                         AND m.first_started_on < $1::date
                      -- a probe per session (OFFSET 0), not a hash of the whole table: the planner
                      -- preferred hashing its 1.6 million rows, 0.9 s at 100 000 students
                      OFFSET 0) AS retry
      FROM day_rows d
),
groups AS (
    SELECT d.module_id, d.category, d.difficulty,
           count(*) AS total,
           count(*) FILTER (WHERE d.completed) AS completed,
           count(*) FILTER (WHERE d.completed AND d.score >= st.pass_score) AS successful,
           avg(d.score) FILTER (WHERE d.completed) AS average_score,
           avg(d.seconds) FILTER (WHERE d.completed) AS average_time,
           count(*) FILTER (WHERE d.retry) AS retries
      FROM day_sessions d
     CROSS JOIN settings st
     GROUP BY d.module_id, d.category, d.difficulty
),
-- Every answer of the group's sessions, by item ("10-4", "Alpha", "proword:Over"). A session
-- without answers (or with answers that are not a JSON array) contributes nothing; so does an
-- answer without a "q". An answer is correct when its "correct" is JSON true.
answers AS (
    SELECT d.module_id, d.category, d.difficulty,
           a.answer ->> 'q' AS item,
           count(*) AS attempts,
           count(*) FILTER (WHERE a.answer -> 'correct' = 'true'::jsonb) AS correct
      FROM day_sessions d
     CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.answers) = 'array' THEN d.answers
                                                  ELSE '[]'::jsonb END) AS a(answer)
     WHERE a.answer ->> 'q' IS NOT NULL
     GROUP BY d.module_id, d.category, d.difficulty, a.answer ->> 'q'
),
question_stats AS (
    SELECT a.module_id, a.category, a.difficulty,
           jsonb_object_agg(a.item, jsonb_build_object(
               'attempts', a.attempts,
               'correct', a.correct,
               -- as a double, so that 100 reads as 100 and 66.67 as 66.67
               'accuracy', round(100 * a.correct::numeric / a.attempts, 2)::double precision)) AS stats
      FROM answers a
     GROUP BY a.module_id, a.category, a.difficulty
),
computed AS (
    SELECT g.module_id, g.category, g.difficulty,
           g.total::integer AS total_attempts,
           g.successful::integer AS successful_attempts,
           coalesce(round(g.average_score::numeric, 2), 0) AS average_score,
           coalesce(round(g.average_time, 2), 0) AS average_time,
           round(100 * g.completed::numeric / g.total, 2) AS completion_rate,
           round(100 * g.retries::numeric / g.total, 2) AS retry_rate,
           round(100 * (g.total - g.completed)::numeric / g.total, 2) AS abandonment_rate,
           coalesce(s.stats, '{}'::jsonb) AS question_stats
      FROM groups g
      LEFT JOIN question_stats s
             ON s.module_id = g.module_id AND s.category = g.category AND s.difficulty = g.difficulty
),
vanished AS (
    DELETE FROM module_analytics m
     WHERE m.date = $1::date
       AND (m.module_id, m.category, m.difficulty) NOT IN (SELECT c.module_id, c.category, c.difficulty FROM computed c)
)
INSERT INTO module_analytics AS m (id, date, module_id, category, difficulty, total_attempts, successful_attempts,
                                   average_score, average_time, completion_rate, retry_rate, abandonment_rate,
                                   question_stats)
SELECT public.dashboard_new_id(), $1::date, c.module_id, c.category, c.difficulty, c.total_attempts,
       c.successful_attempts, c.average_score, c.average_time, c.completion_rate, c.retry_rate, c.abandonment_rate,
       c.question_stats
  FROM computed c
 ORDER BY c.module_id, c.category, c.difficulty
ON CONFLICT (date, module_id, category, difficulty) DO UPDATE
   SET total_attempts = EXCLUDED.total_attempts,
       successful_attempts = EXCLUDED.successful_attempts,
       average_score = EXCLUDED.average_score,
       average_time = EXCLUDED.average_time,
       completion_rate = EXCLUDED.completion_rate,
       retry_rate = EXCLUDED.retry_rate,
       abandonment_rate = EXCLUDED.abandonment_rate,
       question_stats = EXCLUDED.question_stats
 WHERE (m.total_attempts, m.successful_attempts, m.average_score, m.average_time, m.completion_rate, m.retry_rate,
        m.abandonment_rate, m.question_stats)
       IS DISTINCT FROM
       (EXCLUDED.total_attempts, EXCLUDED.successful_attempts, EXCLUDED.average_score, EXCLUDED.average_time,
        EXCLUDED.completion_rate, EXCLUDED.retry_rate, EXCLUDED.abandonment_rate, EXCLUDED.question_stats)
