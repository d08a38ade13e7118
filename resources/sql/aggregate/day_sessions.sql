-- The sessions of day D, read once per transaction of the day and shared by its steps.
--
-- $1 (date): the day D, or NULL (a rebuild of the facts: empty tables). The first file of the
-- snapshots step, of the facts of a day (student_days*.sql) and of analytics_daily; whichever comes
-- first in the transaction reads, the others find the tables filled (each INSERT does nothing when
-- its table already has rows: a day without any session is read again, which costs nothing).
--   aggregate_day_quiz       quiz sessions started on D (the day of snapshots, module_analytics,
--                            analytics_daily and most facts);
--   aggregate_day_completed  quiz sessions completed on D (activity and scores of the day);
--   aggregate_day_voice      voice sessions created on D.
-- Half-open ranges [D, D + 1) on the plain UTC timestamps, read through the BRIN indexes of 0021.
-- The planner of PostgreSQL 15 prices a bitmap scan of a BRIN index as if the day's rows were
-- spread over the whole table (it does not use the columns' correlation there), and prefers a full
-- scan of idx_quiz_session_user_category_date, whose third column is started_at: measured at 100
-- 000 students, 1.1 s instead of 0.1 s. Plain and index-only scans are therefore off for these
-- three reads only.

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_day_quiz (
    id text NOT NULL,
    user_id text NOT NULL,
    module_id text NOT NULL,
    category "QuizCategory" NOT NULL,
    difficulty "DifficultyLevel" NOT NULL,
    score double precision,
    questions_answered integer NOT NULL,
    correct_answers integer NOT NULL,
    answers jsonb,
    started_at timestamp(3) NOT NULL,
    completed_at timestamp(3)
) ON COMMIT DROP;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_day_completed (
    id text NOT NULL,
    user_id text NOT NULL,
    started_at timestamp(3) NOT NULL,
    completed_at timestamp(3) NOT NULL,
    score double precision
) ON COMMIT DROP;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_day_voice (
    id text NOT NULL,
    user_id text NOT NULL,
    category "QuizCategory",
    score double precision,
    accuracy double precision,
    duration integer NOT NULL,
    created_at timestamp(3) NOT NULL
) ON COMMIT DROP;

SET LOCAL enable_indexscan = off;

SET LOCAL enable_indexonlyscan = off;

INSERT INTO aggregate_day_quiz
SELECT q.id, q.user_id, q.module_id, q.category, q.difficulty, q.score, q.questions_answered, q.correct_answers,
       q.answers, q.started_at, q.completed_at
  FROM quiz_sessions q
 WHERE q.started_at >= $1::date AND q.started_at < $1::date + 1
   AND NOT EXISTS (SELECT 1 FROM aggregate_day_quiz);

INSERT INTO aggregate_day_completed
SELECT q.id, q.user_id, q.started_at, q.completed_at, q.score
  FROM quiz_sessions q
 WHERE q.completed_at >= $1::date AND q.completed_at < $1::date + 1
   AND NOT EXISTS (SELECT 1 FROM aggregate_day_completed);

INSERT INTO aggregate_day_voice
SELECT v.id, v.user_id, v.category, v.score, v.accuracy, v.duration, v.created_at
  FROM voice_practice_sessions v
 WHERE v.created_at >= $1::date AND v.created_at < $1::date + 1
   AND NOT EXISTS (SELECT 1 FROM aggregate_day_voice);

SET LOCAL enable_indexscan TO DEFAULT;

SET LOCAL enable_indexonlyscan TO DEFAULT;

-- Statistics once per transaction: the later steps that include this file find the table analyzed
-- (reltuples is -1 until then). Only the columns the plans join and group by: with the answers
-- (jsonb) in the sample, an ANALYZE took 0.2-0.3 s at 100 000 students, and it ran in four steps.
DO $$
BEGIN
    IF (SELECT c.reltuples < 0 FROM pg_catalog.pg_class c WHERE c.oid = 'aggregate_day_quiz'::regclass) THEN
        ANALYZE aggregate_day_quiz (user_id, module_id, category, difficulty);
    END IF;
END
$$
