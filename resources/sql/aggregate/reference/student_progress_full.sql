-- The full recomputation of student_progress AS OF T, kept as the reference for the incremental refresh (student_progress.sql): `aggregate --verify` and the tests compare the two.
--
-- This is the refresh as it was before the per-student facts of 0020: it reads every session of
-- every student and every snapshot, so it is slow at scale (30 s and more at 100 000 students) and
-- obviously right. The statements are those of that refresh, unchanged, except the last one, which
-- writes the rows it would have written into the temporary table aggregate_reference_progress
-- instead of student_progress (and the table of previous values, which nothing here needs, is not
-- made). Whatever student_progress.sql computes must equal this, column by column, for every
-- student; keep the two in step when a rule changes (docs/risk.md).
--
-- $1 (date): T. "As of T" means up to the end of T, before T + 1 at 00:00 (half-open ranges on the
-- plain UTC timestamp columns: the session TimeZone changes nothing).
--
-- The session tables are read in three passes, each a CREATE TABLE AS into a temporary table
-- (one row per student, or per student and module): unlike an INSERT, a CREATE TABLE AS may use
-- parallel workers. A CREATE TABLE AS takes no parameters, so T travels in a transaction-local
-- setting. The passes read it once or twice per row with current_setting() and compare day offsets
-- (session day - T) from there on: a scalar sub-select would be evaluated once, but an InitPlan
-- keeps the planner from using workers.

SELECT set_config('dashboard.aggregate_day', to_char($1::date, 'YYYY-MM-DD'), true);

-- 1. What the refresh writes, per student: filled by the last statement.
CREATE TEMPORARY TABLE aggregate_reference_progress (
    student_id text PRIMARY KEY,
    overall_score double precision,
    completion_rate double precision,
    current_streak integer,
    longest_streak integer,
    quiz_accuracy double precision,
    voice_accuracy double precision,
    codes_progress double precision,
    phonetic_progress double precision,
    protocol_progress double precision,
    total_time_spent integer,
    average_session_time double precision,
    last_active_at timestamp(3),
    improvement_rate double precision,
    consistency_score double precision,
    difficulty_level "DifficultyLevel",
    risk_score double precision,
    risk_factors text[],
    last_risk_evaluation timestamp(3),
    goal_achieved boolean
) ON COMMIT DROP;

-- 2. Per student: everything that is a count, a sum or a maximum over all sessions up to the end of
--    T. Quiz and voice sessions in one stream; milliseconds is the duration of a completed quiz
--    session or of a voice session. Every sum is exact (integers, numeric), so the result does not
--    depend on the order in which parallel workers add their parts.
CREATE TEMPORARY TABLE aggregate_student_activity ON COMMIT DROP AS
SELECT s.user_id,
       count(*) FILTER (WHERE s.is_quiz) AS quiz_sessions,
       count(*) FILTER (WHERE s.is_quiz AND s.completed) AS quiz_completed,
       sum(s.questions_answered) FILTER (WHERE s.is_quiz) AS questions_answered,
       sum(s.correct_answers) FILTER (WHERE s.is_quiz) AS correct_answers,
       avg(s.accuracy) FILTER (WHERE NOT s.is_quiz) AS voice_accuracy,
       count(*) FILTER (WHERE s.completed) AS sessions_completed,
       sum(s.milliseconds) FILTER (WHERE s.completed) / 1000.0 AS seconds,
       max(s.active_at) AS last_active_at,
       -- quiz answers of T-6..T and of T-13..T-7
       sum(s.questions_answered) FILTER (WHERE s.is_quiz AND s.day >= -6) AS week1_questions,
       sum(s.correct_answers) FILTER (WHERE s.is_quiz AND s.day >= -6) AS week1_correct,
       sum(s.questions_answered) FILTER (WHERE s.is_quiz AND s.day BETWEEN -13 AND -7) AS week2_questions,
       sum(s.correct_answers) FILTER (WHERE s.is_quiz AND s.day BETWEEN -13 AND -7) AS week2_correct,
       -- completed quiz sessions of T-29..T, per difficulty
       count(*) FILTER (WHERE s.is_quiz AND s.completed AND s.day >= -29 AND s.difficulty = 'EASY') AS easy,
       count(*) FILTER (WHERE s.is_quiz AND s.completed AND s.day >= -29 AND s.difficulty = 'MEDIUM') AS medium,
       count(*) FILTER (WHERE s.is_quiz AND s.completed AND s.day >= -29 AND s.difficulty = 'HARD') AS hard,
       count(*) FILTER (WHERE s.is_quiz AND s.completed AND s.day >= -29 AND s.difficulty = 'EXPERT') AS expert
  FROM (SELECT q.user_id,
               true AS is_quiz,
               q.completed_at IS NOT NULL AS completed,
               q.questions_answered,
               q.correct_answers,
               NULL::numeric AS accuracy,
               -- whole milliseconds (timestamp(3)): a bigint sum is exact and much cheaper than numeric
               round(date_part('epoch', q.completed_at - q.started_at) * 1000)::bigint AS milliseconds,
               -- the latest of started_at and completed_at, up to the end of T
               CASE WHEN q.completed_at::date <= current_setting('dashboard.aggregate_day')::date
                    THEN greatest(q.started_at, q.completed_at) ELSE q.started_at END AS active_at,
               q.started_at::date - current_setting('dashboard.aggregate_day')::date AS day,
               q.difficulty
          FROM quiz_sessions q
         WHERE q.started_at < current_setting('dashboard.aggregate_day')::date + 1
        UNION ALL
        SELECT v.user_id, false, true, 0, 0, v.accuracy::numeric, v.duration * 1000::bigint, v.created_at, NULL, NULL
          FROM voice_practice_sessions v
         WHERE v.created_at < current_setting('dashboard.aggregate_day')::date + 1) s
 GROUP BY s.user_id;

-- 3. Per student and module: passes and recent attempts; and per module (user_id NULL) the modules
--    anybody has. Only the rows that matter get a student: a pass (a completed session scoring at
--    least pass_score, ever) or a completed attempt in T-13..T. Students' sessions only.
CREATE TEMPORARY TABLE aggregate_student_modules ON COMMIT DROP AS
SELECT m.category, m.module_id,
       CASE WHEN m.passed OR m.recent THEN m.user_id END AS user_id,
       bool_or(m.passed) AS passed,
       count(*) FILTER (WHERE m.recent) AS recent_attempts
  FROM (SELECT q.category,
               q.module_id,
               q.user_id,
               q.completed_at IS NOT NULL AND q.score >= p.value AS passed,
               q.completed_at IS NOT NULL
                   AND q.started_at::date >= current_setting('dashboard.aggregate_day')::date - 13 AS recent
          FROM quiz_sessions q
          JOIN users u ON u.id = q.user_id AND u.role = 'USER'
          JOIN dashboard_aggregation_settings p ON p.name = 'pass_score'
         WHERE q.started_at < current_setting('dashboard.aggregate_day')::date + 1) m
 GROUP BY 1, 2, 3;

-- 4. Per student: the overall score as of the end of T and as of the end of T - 30, the average of
--    the most recent overall_window_sessions scored sessions (completed quiz sessions with a score,
--    at completed_at; voice sessions with a score, at created_at). Equal times are ordered by score,
--    so that a window that cuts through a tie averages the same scores on every run.
CREATE TEMPORARY TABLE aggregate_student_scores ON COMMIT DROP AS
SELECT r.user_id,
       avg(r.score) FILTER (WHERE r.position <= r.window_sessions) AS overall_score,
       avg(r.score) FILTER (WHERE r.before AND r.position_before <= r.window_sessions) AS overall_score_before
  FROM (SELECT s.user_id,
               s.score,
               s.before,
               s.window_sessions,
               row_number() OVER w AS position,
               count(*) FILTER (WHERE s.before) OVER w AS position_before
          FROM (SELECT q.user_id, q.completed_at AS at, q.score::numeric AS score,
                       q.completed_at::date <= current_setting('dashboard.aggregate_day')::date - 30 AS before,
                       p.value AS window_sessions
                  FROM quiz_sessions q
                  JOIN dashboard_aggregation_settings p ON p.name = 'overall_window_sessions'
                 WHERE q.completed_at < current_setting('dashboard.aggregate_day')::date + 1
                   AND q.score IS NOT NULL
                UNION ALL
                SELECT v.user_id, v.created_at, v.score::numeric,
                       v.created_at::date <= current_setting('dashboard.aggregate_day')::date - 30,
                       p.value
                  FROM voice_practice_sessions v
                  JOIN dashboard_aggregation_settings p ON p.name = 'overall_window_sessions'
                 WHERE v.created_at < current_setting('dashboard.aggregate_day')::date + 1
                   AND v.score IS NOT NULL) s
        WINDOW w AS (PARTITION BY s.user_id COLLATE "C" ORDER BY s.at DESC, s.score DESC ROWS UNBOUNDED PRECEDING)) r
 GROUP BY r.user_id;

ANALYZE aggregate_student_activity;
ANALYZE aggregate_student_modules;
ANALYZE aggregate_student_scores;

-- 5. Every column, the risk, and the upsert.
WITH settings AS (
    SELECT max(s.value) FILTER (WHERE s.name = 'consistency_window_days') AS consistency_window_days
      FROM dashboard_aggregation_settings s
),
factors AS (
    SELECT max(f.weight) FILTER (WHERE f.factor = 'never_active') AS never_active_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'inactive_days') AS inactive_days_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'inactive_days') AS inactive_days_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'inactive_week') AS inactive_week_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'inactive_week') AS inactive_week_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'accuracy_drop') AS accuracy_drop_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'accuracy_drop') AS accuracy_drop_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'low_consistency') AS low_consistency_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'low_consistency') AS low_consistency_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'overdue_assignments') AS overdue_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'overdue_assignments') AS overdue_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'stuck_module') AS stuck_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'stuck_module') AS stuck_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'behind_target') AS behind_target_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'behind_target') AS behind_target_weight,
           max(f.threshold) FILTER (WHERE f.factor = 'low_score') AS low_score_threshold,
           max(f.weight) FILTER (WHERE f.factor = 'low_score') AS low_score_weight
      FROM dashboard_risk_factors f
),
-- The modules of each category in the quiz sessions of all students up to the end of T.
catalog AS (
    SELECT count(DISTINCT m.module_id) FILTER (WHERE m.category = 'CODES') AS codes,
           count(DISTINCT m.module_id) FILTER (WHERE m.category = 'PHONETIC') AS phonetic,
           count(DISTINCT m.module_id) FILTER (WHERE m.category = 'PROTOCOL') AS protocol
      FROM aggregate_student_modules m
),
-- Per student: modules passed per category, and the largest number of completed attempts in
-- T-13..T at a module never passed (a module is the same module_id in whichever category).
-- (aggregate_student_modules has one row per category, module and student: counting rows counts
-- distinct modules.)
modules AS (
    SELECT p.user_id,
           count(*) FILTER (WHERE p.passed AND p.category = 'CODES') AS codes_passed,
           count(*) FILTER (WHERE p.passed AND p.category = 'PHONETIC') AS phonetic_passed,
           count(*) FILTER (WHERE p.passed AND p.category = 'PROTOCOL') AS protocol_passed
      FROM aggregate_student_modules p
     WHERE p.user_id IS NOT NULL
     GROUP BY p.user_id
),
stuck AS (
    SELECT x.user_id, max(x.attempts) AS attempts
      FROM (SELECT p.user_id, p.module_id, sum(p.recent_attempts) AS attempts
              FROM aggregate_student_modules p
             WHERE p.user_id IS NOT NULL
             GROUP BY p.user_id, p.module_id
            HAVING NOT bool_or(p.passed)) x
     GROUP BY x.user_id
),
-- Snapshots up to T: total time, the days of T-27..T, and the streaks. Walking each student's
-- snapshots by date, a run of consecutive days starts where the day before has no snapshot;
-- run_length is the length of the run up to that day. The longest streak is the largest
-- run_length, the current one the run_length on T, or on T - 1 when T has no snapshot. (One pass
-- in (student, date) order, without grouping the runs: most runs are a single day.)
snapshot_runs AS (
    SELECT r.student_id,
           r.snapshot_date,
           r.total_time_spent,
           r.snapshot_date - max(r.run_start) OVER w + 1 AS run_length
      FROM (SELECT ps.student_id,
                   ps.snapshot_date,
                   ps.total_time_spent,
                   CASE WHEN lag(ps.snapshot_date) OVER previous = ps.snapshot_date - 1 THEN NULL
                        ELSE ps.snapshot_date END AS run_start
              FROM progress_snapshots ps
             WHERE ps.snapshot_date <= $1::date
            WINDOW previous AS (PARTITION BY ps.student_id ORDER BY ps.snapshot_date)) r
    WINDOW w AS (PARTITION BY r.student_id ORDER BY r.snapshot_date ROWS UNBOUNDED PRECEDING)
),
streaks AS (
    SELECT s.student_id,
           sum(s.total_time_spent) AS total_time_spent,
           count(*) FILTER (WHERE s.snapshot_date >= $1::date - 27) AS recent_days,
           max(s.run_length) AS longest_streak,
           max(s.run_length) FILTER (WHERE s.snapshot_date >= $1::date - 1) AS current_streak
      FROM snapshot_runs s
     GROUP BY s.student_id
),
overdue AS (
    SELECT s.student_id, count(*) AS submissions
      FROM assignment_submissions s
     WHERE s.status = 'OVERDUE'
     GROUP BY s.student_id
),
-- Every student with every input; the stored values are rounded, and the rules below compare the
-- rounded values.
base AS (
    SELECT u.id AS student_id,
           sp.target_score,
           sp.target_date,
           a.user_id IS NULL AS never_active,
           coalesce(round(sc.overall_score, 2), 0) AS overall_score,
           round(sc.overall_score_before, 2) AS overall_score_before,
           CASE WHEN a.quiz_sessions > 0
                THEN round(100 * a.quiz_completed::numeric / a.quiz_sessions, 2) ELSE 0 END AS completion_rate,
           -- bounded to 0..100 (check_progress_percentages): bad session data must not stop the run
           CASE WHEN a.questions_answered > 0
                THEN least(100, greatest(0, round(100 * a.correct_answers::numeric / a.questions_answered, 2))) ELSE 0 END AS quiz_accuracy,
           coalesce(least(100, greatest(0, round(100 * a.voice_accuracy, 2))), 0) AS voice_accuracy,
           CASE WHEN c.codes > 0 THEN round(100 * coalesce(m.codes_passed, 0)::numeric / c.codes, 2) ELSE 0 END AS codes_progress,
           CASE WHEN c.phonetic > 0 THEN round(100 * coalesce(m.phonetic_passed, 0)::numeric / c.phonetic, 2) ELSE 0 END AS phonetic_progress,
           CASE WHEN c.protocol > 0 THEN round(100 * coalesce(m.protocol_passed, 0)::numeric / c.protocol, 2) ELSE 0 END AS protocol_progress,
           coalesce(k.total_time_spent, 0) AS total_time_spent,
           CASE WHEN a.sessions_completed > 0
                THEN round(coalesce(a.seconds, 0) / 60 / a.sessions_completed, 2) ELSE 0 END AS average_session_time,
           a.last_active_at,
           coalesce(k.current_streak, 0) AS current_streak,
           coalesce(k.longest_streak, 0) AS longest_streak,
           round(100 * coalesce(k.recent_days, 0)::numeric / st.consistency_window_days::numeric, 2) AS consistency_score,
           -- the most frequent difficulty of the completed quiz sessions of T-29..T; on a tie the harder one
           CASE WHEN coalesce(a.easy + a.medium + a.hard + a.expert, 0) = 0 THEN 'EASY'
                WHEN a.expert >= greatest(a.easy, a.medium, a.hard) THEN 'EXPERT'
                WHEN a.hard >= greatest(a.easy, a.medium) THEN 'HARD'
                WHEN a.medium >= a.easy THEN 'MEDIUM'
                ELSE 'EASY' END::"DifficultyLevel" AS difficulty_level,
           $1::date - a.last_active_at::date AS inactive_days,
           CASE WHEN a.week1_questions > 0 AND a.week2_questions > 0
                THEN 100 * a.week2_correct::numeric / a.week2_questions - 100 * a.week1_correct::numeric / a.week1_questions
           END AS accuracy_drop,
           coalesce(o.submissions, 0) AS overdue_submissions,
           x.attempts AS stuck_attempts
      FROM users u
      LEFT JOIN student_progress sp ON sp.student_id = u.id
      LEFT JOIN aggregate_student_activity a ON a.user_id = u.id
      LEFT JOIN aggregate_student_scores sc ON sc.user_id = u.id
      LEFT JOIN modules m ON m.user_id = u.id
      LEFT JOIN stuck x ON x.user_id = u.id
      LEFT JOIN streaks k ON k.student_id = u.id
      LEFT JOIN overdue o ON o.student_id = u.id
     CROSS JOIN catalog c
     CROSS JOIN settings st
     WHERE u.role = 'USER'
),
-- The risk factors that apply to each student: name, value, and the weight added.
applied AS (
    SELECT b.student_id, x.factor, x.value, x.weight
      FROM base b
     CROSS JOIN factors f
     CROSS JOIN LATERAL (VALUES
        ('never_active', 0::numeric, f.never_active_weight,
             b.never_active),
        ('inactive_days', b.inactive_days::numeric, f.inactive_days_weight,
             b.inactive_days >= f.inactive_days_threshold),
        ('inactive_week', b.inactive_days::numeric, f.inactive_week_weight,
             b.inactive_days >= f.inactive_week_threshold AND b.inactive_days < f.inactive_days_threshold),
        ('accuracy_drop', round(b.accuracy_drop), f.accuracy_drop_weight,
             b.accuracy_drop >= f.accuracy_drop_threshold),
        ('low_consistency', round(b.consistency_score), f.low_consistency_weight,
             NOT b.never_active AND b.consistency_score < f.low_consistency_threshold),
        ('overdue_assignments', b.overdue_submissions::numeric, least(25, f.overdue_weight * b.overdue_submissions),
             b.overdue_submissions >= f.overdue_threshold),
        ('stuck_module', b.stuck_attempts::numeric, f.stuck_weight,
             b.stuck_attempts >= f.stuck_threshold),
        ('behind_target', round(b.target_score::numeric - b.overall_score), f.behind_target_weight,
             b.target_score IS NOT NULL AND b.target_date IS NOT NULL
             AND b.target_date::date - $1::date <= f.behind_target_threshold
             AND b.overall_score < b.target_score),
        ('low_score', round(b.overall_score), f.low_score_weight,
             NOT b.never_active AND b.overall_score < f.low_score_threshold)
     ) AS x(factor, value, weight, applies)
     WHERE x.applies
),
risk AS (
    SELECT a.student_id,
           least(100, round(sum(a.weight)::numeric, 2)) AS risk_score,
           array_agg(a.factor || ':' || a.value::bigint || ':+' || round(a.weight::numeric)::bigint
                     ORDER BY a.weight DESC, a.factor) AS risk_factors
      FROM applied a
     GROUP BY a.student_id
),
computed AS (
    SELECT b.*,
           CASE WHEN b.overall_score_before IS NULL THEN 0
                ELSE b.overall_score - b.overall_score_before END AS improvement_rate,
           coalesce(r.risk_score, 0) AS risk_score,
           coalesce(r.risk_factors, '{}') AS risk_factors
      FROM base b
      LEFT JOIN risk r ON r.student_id = b.student_id
)
INSERT INTO aggregate_reference_progress (student_id, overall_score, completion_rate, current_streak, longest_streak,
                                          quiz_accuracy, voice_accuracy, codes_progress, phonetic_progress,
                                          protocol_progress, total_time_spent, average_session_time, last_active_at,
                                          improvement_rate, consistency_score, difficulty_level, risk_score, risk_factors,
                                          last_risk_evaluation, goal_achieved)
SELECT c.student_id, c.overall_score, c.completion_rate, c.current_streak, c.longest_streak,
       c.quiz_accuracy, c.voice_accuracy, c.codes_progress, c.phonetic_progress, c.protocol_progress,
       c.total_time_spent, c.average_session_time, c.last_active_at, c.improvement_rate,
       c.consistency_score, c.difficulty_level, c.risk_score, c.risk_factors, ($1::date + 1)::timestamp,
       c.target_score IS NOT NULL AND c.overall_score >= c.target_score
  FROM computed c
