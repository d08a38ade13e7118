-- Refresh of student_progress AS OF T, the last day of the run, risk included: one row per student (role USER), inserted when missing.
--
-- $1 (date): T. "As of T" means up to the end of T, before T + 1 at 00:00 (UTC days).
-- Runs in the transaction of phase (c), before notifications.sql, which reads the temporary table
-- aggregate_previous_progress made here. docs/risk.md explains the risk factors.
-- With `aggregate --jobs N`, N such transactions run side by side, each on the students of its
-- partition ($2 of $3: dashboard_aggregate_partition_has(), 0023); every statement below keeps to
-- them. One transaction: $2 = 0, $3 = 1, every student.
--
-- Incremental: instead of every session of every student, it reads the per-student facts that
-- `aggregate` keeps day by day (0020, resources/sql/aggregate/student_days.sql), per student
--   * the latest row up to T: the totals as of T (sessions, answers, accuracy, time, last activity,
--     snapshot minutes and streaks, modules passed, the overall score);
--   * the latest row up to T - 30: the overall score as of then (improvement_rate);
--   * the rows of T-29..T: the windows (accuracy of T-6..T and T-13..T-7, the difficulty of
--     T-29..T, the snapshot days of T-27..T);
-- the module arrays of the rows of T-13..T (stuck_module), the first day each module had a session
-- (the catalog), and the stored targets and overdue submissions. It computes the same columns, risk
-- and risk factors as the full recomputation, which is kept as reference/student_progress_full.sql
-- (`aggregate --verify` runs it and compares); the last statement below is that refresh's, with
-- the inputs above in place of the passes over the sessions.

-- 1. The stored values the notifications compare with (risk crossing the threshold, goal reached,
--    streak reaching 7 or 30).
CREATE TEMPORARY TABLE aggregate_previous_progress ON COMMIT DROP AS
SELECT sp.student_id, sp.risk_score, sp.goal_achieved, sp.current_streak
  FROM student_progress sp
  WITH NO DATA;

-- ($1 is not needed here; a statement is given the parameters up to the highest it names.)
INSERT INTO aggregate_previous_progress
SELECT sp.student_id, sp.risk_score, sp.goal_achieved, sp.current_streak
  FROM student_progress sp
 WHERE $1::date IS NOT NULL
   AND public.dashboard_aggregate_partition_has(sp.student_id, $2, $3);

-- 2. Per student (role USER): the facts as of T. The sums of the windows are over the day facts
--    of the rows in the window (NULL without any, as a sum over no session is).
CREATE TEMPORARY TABLE aggregate_student_facts (
    student_id text PRIMARY KEY,
    overall_score numeric,
    overall_score_before numeric,
    quiz_sessions bigint,
    quiz_completed bigint,
    questions_answered bigint,
    correct_answers bigint,
    voice_accuracy_sum numeric,
    voice_accuracy_count bigint,
    sessions_completed bigint,
    milliseconds bigint,
    last_active_at timestamp(3),
    total_time_spent bigint,
    current_streak integer,
    longest_streak integer,
    codes_passed integer,
    phonetic_passed integer,
    protocol_passed integer,
    week1_questions bigint,
    week1_correct bigint,
    week2_questions bigint,
    week2_correct bigint,
    easy bigint,
    medium bigint,
    hard bigint,
    expert bigint,
    recent_days bigint
) ON COMMIT DROP;

-- The rows of T-29..T from the day index alone (it includes their window columns); the latest row
-- up to T and up to T - 30 per student through the primary key (a backward probe each). current_streak: the snapshot run ending on T,
-- or on T - 1 when T has no snapshot (snapshot_run and previous_snapshot_run of T's row, or the
-- run of T - 1's row).
INSERT INTO aggregate_student_facts
SELECT u.id,
       r.overall_score,
       b.overall_score,
       r.total_quiz_sessions,
       r.total_quiz_completed,
       r.total_questions_answered,
       r.total_correct_answers,
       r.total_voice_accuracy_sum,
       r.total_voice_accuracy_count,
       r.total_sessions_completed,
       r.total_milliseconds,
       r.last_active_at,
       r.total_snapshot_minutes,
       CASE WHEN r.day = $1::date THEN greatest(r.snapshot_run, r.previous_snapshot_run)
            WHEN r.day = $1::date - 1 THEN r.snapshot_run
            ELSE 0 END,
       r.longest_snapshot_run,
       r.codes_passed,
       r.phonetic_passed,
       r.protocol_passed,
       w.week1_questions,
       w.week1_correct,
       w.week2_questions,
       w.week2_correct,
       w.easy,
       w.medium,
       w.hard,
       w.expert,
       w.recent_days
  FROM users u
  LEFT JOIN (SELECT f.student_id,
                    sum(f.questions_answered) FILTER (WHERE f.day >= $1::date - 6) AS week1_questions,
                    sum(f.correct_answers) FILTER (WHERE f.day >= $1::date - 6) AS week1_correct,
                    sum(f.questions_answered) FILTER (WHERE f.day BETWEEN $1::date - 13 AND $1::date - 7) AS week2_questions,
                    sum(f.correct_answers) FILTER (WHERE f.day BETWEEN $1::date - 13 AND $1::date - 7) AS week2_correct,
                    sum(f.easy_completed) AS easy,
                    sum(f.medium_completed) AS medium,
                    sum(f.hard_completed) AS hard,
                    sum(f.expert_completed) AS expert,
                    count(*) FILTER (WHERE f.snapshot AND f.day >= $1::date - 27) AS recent_days
                FROM dashboard_student_days f
              WHERE f.day >= $1::date - 29 AND f.day <= $1::date
                AND public.dashboard_aggregate_partition_has(f.student_id, $2, $3)
              GROUP BY f.student_id) w ON w.student_id = u.id
  LEFT JOIN LATERAL (SELECT f.day, f.overall_score, f.total_quiz_sessions, f.total_quiz_completed,
                            f.total_questions_answered, f.total_correct_answers, f.total_voice_accuracy_sum,
                            f.total_voice_accuracy_count, f.total_sessions_completed, f.total_milliseconds,
                            f.last_active_at, f.total_snapshot_minutes, f.snapshot_run, f.previous_snapshot_run,
                            f.longest_snapshot_run, f.codes_passed, f.phonetic_passed, f.protocol_passed
                       FROM dashboard_student_days f
                      WHERE f.student_id = u.id AND f.day <= $1::date
                      ORDER BY f.student_id DESC, f.day DESC
                      LIMIT 1) r ON true
  LEFT JOIN LATERAL (SELECT f.overall_score
                       FROM dashboard_student_days f
                      WHERE f.student_id = u.id AND f.day <= $1::date - 30
                      ORDER BY f.student_id DESC, f.day DESC
                      LIMIT 1) b ON true
 WHERE u.role = 'USER'
   AND public.dashboard_aggregate_partition_has(u.id, $2, $3);

-- 3. Per student: the largest number of completed attempts in T-13..T at a module (same module_id
--    in whichever category) never passed by T, among the recent attempts of which at least one has
--    a score (the full recomputation's "NOT bool_or(passed)" is NULL, not true, when every recent
--    attempt lacks a score). Only modules with at least the factor's threshold of attempts: the
--    largest count decides whether the factor applies and is the value it shows, so smaller ones
--    change nothing.
CREATE TEMPORARY TABLE aggregate_student_stuck (
    student_id text PRIMARY KEY,
    attempts numeric
) ON COMMIT DROP;

INSERT INTO aggregate_student_stuck
SELECT x.student_id, max(x.attempts)
  FROM (SELECT f.student_id, u.module_id, sum(u.completed) AS attempts
          FROM dashboard_student_days f
         CROSS JOIN LATERAL unnest(f.module_ids, f.module_completed, f.module_scored) AS u(module_id, completed, scored)
         WHERE f.day >= $1::date - 13 AND f.day <= $1::date
           AND public.dashboard_aggregate_partition_has(f.student_id, $2, $3)
         GROUP BY f.student_id, u.module_id
        HAVING sum(u.scored) > 0
           AND sum(u.completed) >= (SELECT r.threshold FROM dashboard_risk_factors r WHERE r.factor = 'stuck_module')) x
 WHERE NOT EXISTS (SELECT 1
                     FROM dashboard_student_modules m
                    WHERE m.student_id = x.student_id AND m.module_id = x.module_id AND m.first_passed_on <= $1::date
                   -- a probe per candidate (a few hundred), not a hash of every row
                   OFFSET 0)
 GROUP BY x.student_id;

-- The key only (the row count and the join column are what the plans need; all the columns of
-- 100 000 wide rows took 0.3 s).
ANALYZE aggregate_student_facts (student_id);
ANALYZE aggregate_student_stuck;

-- 4. Every column, the risk, and the upsert (as in the full recomputation, from the inputs above).
WITH RECURSIVE modules_seen (category, module_id) AS (
    (SELECT m.category, m.module_id
       FROM dashboard_student_modules m
      ORDER BY m.category, m.module_id
      LIMIT 1)
    UNION ALL
    SELECT n.category, n.module_id
      FROM modules_seen k
     CROSS JOIN LATERAL (SELECT m.category, m.module_id
                           FROM dashboard_student_modules m
                          WHERE (m.category, m.module_id) > (k.category, k.module_id)
                          ORDER BY m.category, m.module_id
                          LIMIT 1) n
),
settings AS (
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
-- The modules of each category in the quiz sessions of all students up to the end of T: each
-- (category, module) that some student (role USER) had a session of by T. The distinct modules are
-- walked through the catalog index (a few dozen), each asking for one such student.
catalog AS (
    SELECT count(*) FILTER (WHERE k.category = 'CODES') AS codes,
           count(*) FILTER (WHERE k.category = 'PHONETIC') AS phonetic,
           count(*) FILTER (WHERE k.category = 'PROTOCOL') AS protocol
      FROM modules_seen k
     WHERE EXISTS (SELECT 1
                     FROM dashboard_student_modules m
                     JOIN users u ON u.id = m.student_id AND u.role = 'USER'
                    WHERE m.category = k.category AND m.module_id = k.module_id AND m.first_started_on <= $1::date
                   -- a probe per module that stops at the first student, not a hash of every row
                   OFFSET 0)
),
overdue AS (
    SELECT s.student_id, count(*) AS submissions
      FROM assignment_submissions s
     WHERE s.status = 'OVERDUE'
     GROUP BY s.student_id
),
-- Every student with every input; the stored values are rounded, and the rules below compare the
-- rounded values. Each expression is the full recomputation's, on the same types: the totals are
-- the sums it makes (numeric sums keep their decimals), the averages are divided the same way.
base AS (
    SELECT u.id AS student_id,
           sp.target_score,
           sp.target_date,
           -- no quiz session started and no voice session up to the end of T: no activity at all
           a.last_active_at IS NULL AS never_active,
           coalesce(round(a.overall_score, 2), 0) AS overall_score,
           round(a.overall_score_before, 2) AS overall_score_before,
           CASE WHEN a.quiz_sessions > 0
                THEN round(100 * a.quiz_completed::numeric / a.quiz_sessions, 2) ELSE 0 END AS completion_rate,
           -- bounded to 0..100 (check_progress_percentages): bad session data must not stop the run
           CASE WHEN a.questions_answered > 0
                THEN least(100, greatest(0, round(100 * a.correct_answers::numeric / a.questions_answered, 2))) ELSE 0 END AS quiz_accuracy,
           -- avg(accuracy) is sum / count, divided exactly as avg() divides
           coalesce(least(100, greatest(0, round(100 * (a.voice_accuracy_sum / nullif(a.voice_accuracy_count, 0)), 2))), 0) AS voice_accuracy,
           CASE WHEN c.codes > 0 THEN round(100 * coalesce(a.codes_passed, 0)::numeric / c.codes, 2) ELSE 0 END AS codes_progress,
           CASE WHEN c.phonetic > 0 THEN round(100 * coalesce(a.phonetic_passed, 0)::numeric / c.phonetic, 2) ELSE 0 END AS phonetic_progress,
           CASE WHEN c.protocol > 0 THEN round(100 * coalesce(a.protocol_passed, 0)::numeric / c.protocol, 2) ELSE 0 END AS protocol_progress,
           coalesce(a.total_time_spent, 0) AS total_time_spent,
           CASE WHEN a.sessions_completed > 0
                THEN round(coalesce(a.milliseconds::numeric / 1000.0, 0) / 60 / a.sessions_completed, 2) ELSE 0 END AS average_session_time,
           a.last_active_at,
           coalesce(a.current_streak, 0) AS current_streak,
           coalesce(a.longest_streak, 0) AS longest_streak,
           round(100 * coalesce(a.recent_days, 0)::numeric / st.consistency_window_days::numeric, 2) AS consistency_score,
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
           x.attempts AS stuck_attempts,
           -- The names the Students list shows (0027), as of tonight. A new row gets them, and its
           -- assignment counts, from the insert trigger (no e-mail given): this statement never
           -- sets the counts, which the submissions' trigger keeps.
           u.name AS student_name,
           CASE WHEN sp.student_id IS NOT NULL THEN u.email END AS student_email,
           dep.name AS department_name,
           sp.instructor_id,
           iu.name AS instructor_name
      FROM users u
      LEFT JOIN student_progress sp ON sp.student_id = u.id
      LEFT JOIN departments dep ON dep.id = u.department_id
      LEFT JOIN users iu ON iu.id = sp.instructor_id
      LEFT JOIN aggregate_student_facts a ON a.student_id = u.id
      LEFT JOIN aggregate_student_stuck x ON x.student_id = u.id
      LEFT JOIN overdue o ON o.student_id = u.id
     CROSS JOIN catalog c
     CROSS JOIN settings st
     WHERE u.role = 'USER'
       AND public.dashboard_aggregate_partition_has(u.id, $2, $3)
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
INSERT INTO student_progress AS sp (id, student_id, overall_score, completion_rate, current_streak, longest_streak,
                                    quiz_accuracy, voice_accuracy, codes_progress, phonetic_progress, protocol_progress,
                                    total_time_spent, average_session_time, last_active_at, improvement_rate,
                                    consistency_score, difficulty_level, risk_score, risk_factors, last_risk_evaluation,
                                    goal_achieved, created_at, updated_at,
                                    student_name, student_email, department_name, instructor_id, instructor_name)
SELECT public.dashboard_new_id(), c.student_id, c.overall_score, c.completion_rate, c.current_streak, c.longest_streak,
       c.quiz_accuracy, c.voice_accuracy, c.codes_progress, c.phonetic_progress, c.protocol_progress,
       c.total_time_spent, c.average_session_time, c.last_active_at, c.improvement_rate,
       c.consistency_score, c.difficulty_level, c.risk_score, c.risk_factors, ($1::date + 1)::timestamp,
       c.target_score IS NOT NULL AND c.overall_score >= c.target_score,
       now() AT TIME ZONE 'UTC',
       CURRENT_TIMESTAMP AT TIME ZONE 'UTC',
       c.student_name, c.student_email, c.department_name, c.instructor_id, c.instructor_name
  FROM computed c
 -- Sorting reads every input before the first row is written, and writes in key order.
 ORDER BY c.student_id
ON CONFLICT (student_id) DO UPDATE
   SET overall_score = EXCLUDED.overall_score,
       completion_rate = EXCLUDED.completion_rate,
       current_streak = EXCLUDED.current_streak,
       longest_streak = EXCLUDED.longest_streak,
       quiz_accuracy = EXCLUDED.quiz_accuracy,
       voice_accuracy = EXCLUDED.voice_accuracy,
       codes_progress = EXCLUDED.codes_progress,
       phonetic_progress = EXCLUDED.phonetic_progress,
       protocol_progress = EXCLUDED.protocol_progress,
       total_time_spent = EXCLUDED.total_time_spent,
       average_session_time = EXCLUDED.average_session_time,
       last_active_at = EXCLUDED.last_active_at,
       improvement_rate = EXCLUDED.improvement_rate,
       consistency_score = EXCLUDED.consistency_score,
       difficulty_level = EXCLUDED.difficulty_level,
       risk_score = EXCLUDED.risk_score,
       risk_factors = EXCLUDED.risk_factors,
       last_risk_evaluation = EXCLUDED.last_risk_evaluation,
       -- from the stored target: an instructor may have changed it since this statement started
       goal_achieved = sp.target_score IS NOT NULL AND EXCLUDED.overall_score >= sp.target_score,
       student_name = EXCLUDED.student_name,
       student_email = EXCLUDED.student_email,
       department_name = EXCLUDED.department_name,
       -- the stored name when a supervisor reassigned the student since this statement started
       -- (the reassignment's trigger set it); instructor_id itself is never changed here
       instructor_name = CASE WHEN EXCLUDED.instructor_id IS NOT DISTINCT FROM sp.instructor_id
                              THEN EXCLUDED.instructor_name ELSE sp.instructor_name END,
       -- the values the row triggers would set (0022): set here, they skip a PL/pgSQL call per row
       updated_at = CURRENT_TIMESTAMP AT TIME ZONE 'UTC',
       sync_xid = pg_current_xact_id()
 WHERE (sp.overall_score, sp.completion_rate, sp.current_streak, sp.longest_streak, sp.quiz_accuracy, sp.voice_accuracy,
        sp.codes_progress, sp.phonetic_progress, sp.protocol_progress, sp.total_time_spent, sp.average_session_time,
        sp.last_active_at, sp.improvement_rate, sp.consistency_score, sp.difficulty_level, sp.risk_score,
        sp.risk_factors, sp.last_risk_evaluation, sp.goal_achieved,
        sp.student_name, sp.student_email, sp.department_name, sp.instructor_name)
       IS DISTINCT FROM
       (EXCLUDED.overall_score, EXCLUDED.completion_rate, EXCLUDED.current_streak, EXCLUDED.longest_streak,
        EXCLUDED.quiz_accuracy, EXCLUDED.voice_accuracy, EXCLUDED.codes_progress, EXCLUDED.phonetic_progress,
        EXCLUDED.protocol_progress, EXCLUDED.total_time_spent, EXCLUDED.average_session_time, EXCLUDED.last_active_at,
        EXCLUDED.improvement_rate, EXCLUDED.consistency_score, EXCLUDED.difficulty_level, EXCLUDED.risk_score,
        EXCLUDED.risk_factors, EXCLUDED.last_risk_evaluation,
        sp.target_score IS NOT NULL AND EXCLUDED.overall_score >= sp.target_score,
        EXCLUDED.student_name, EXCLUDED.student_email, EXCLUDED.department_name,
        CASE WHEN EXCLUDED.instructor_id IS NOT DISTINCT FROM sp.instructor_id
             THEN EXCLUDED.instructor_name ELSE sp.instructor_name END)
