-- The per-student facts (0020), part 2 of 2: the running totals of every row that changed and of the rows after it, and the writes.
--
-- $1 (date): the day D whose overall scores aggregate_day_overall holds, or NULL (a rebuild).
-- Reads what student_days.sql (or student_days_rebuild.sql) left in the transaction:
-- aggregate_fact_new (the pairs' day facts), aggregate_fact_pairs, aggregate_fact_pass_delta (first
-- passes that moved, per student and day) and aggregate_fact_dirty (per student the first day whose
-- facts changed, and the first whose scored sessions changed).
--
-- For each such student, the rows from that day on are computed again from their day facts and
-- from the student's latest row before it (the seed), in day order:
--   totals           the seed's plus the running sums of the day facts;
--   last_active_at   the latest of the seed's and of the days' last events;
--   overall score    a day with scored sessions: the average of the most recent scored sessions up
--                    to its end (from aggregate_day_overall for D, from the user index for a later
--                    day whose history changed, kept as stored otherwise); a day without any: the
--                    previous row's, since nothing that counts happened in between;
--   snapshot runs    a snapshot day continues the run of the day before when that day has a
--                    snapshot too (every snapshot day has a row, so "the previous row is the day
--                    before and has a snapshot" says it), else it starts one;
--   modules passed   the seed's plus the running sums of the days' first passes.
-- Then rows are written only where a value changed, and the pairs without facts are deleted. A
-- day re-run with the same sessions therefore writes nothing; a past day that changed rewrites the
-- student's later rows in this same transaction, so they stay exact.

-- Written by the first partition only (`aggregate --jobs N`, 0023): the row is one per day, and an
-- upsert of it in every partition would make each wait for the others' commits. Should the first
-- partition fail while others commit, the day is missing here and the next run computes its facts
-- again, for every student.
INSERT INTO dashboard_fact_days AS d (day, pass_score, overall_window_sessions)
SELECT $1::date,
       (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'),
       (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'overall_window_sessions')
 WHERE $1::date IS NOT NULL
   AND $2 = 0
ON CONFLICT (day) DO UPDATE
   SET pass_score = EXCLUDED.pass_score,
       overall_window_sessions = EXCLUDED.overall_window_sessions
 WHERE (d.pass_score, d.overall_window_sessions) IS DISTINCT FROM (EXCLUDED.pass_score, EXCLUDED.overall_window_sessions);

-- The students and their first changed day; their seed (latest row before it); their stored rows
-- from that day on that are not pairs. Each in a temporary table of its own, read before the
-- INSERT below starts: a scan of dashboard_student_days inside the statement that inserts into it
-- would walk its new pages again for every student (and a table still nearly empty at the first
-- day may well be planned with such scans).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_from (
    student_id text PRIMARY KEY,
    from_day date NOT NULL,
    rescore_from date
) ON COMMIT DROP;

INSERT INTO aggregate_fact_from
SELECT d.student_id, min(d.from_day), min(d.rescore_from)
  FROM aggregate_fact_dirty d
 GROUP BY d.student_id;

ANALYZE aggregate_fact_from;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_seed ON COMMIT DROP AS
SELECT d.student_id, s.day, s.overall_score, s.recent_scores, s.total_quiz_sessions, s.total_quiz_completed,
       s.total_questions_answered, s.total_correct_answers, s.total_voice_accuracy_sum,
       s.total_voice_accuracy_count, s.total_sessions_completed, s.total_milliseconds, s.last_active_at,
       s.total_snapshot_minutes, s.snapshot, s.snapshot_run, s.longest_snapshot_run, s.codes_passed,
       s.phonetic_passed, s.protocol_passed
  FROM aggregate_fact_from d
  LEFT JOIN LATERAL (SELECT f.*
                       FROM dashboard_student_days f
                      WHERE f.student_id = d.student_id AND f.day < d.from_day
                      ORDER BY f.student_id DESC, f.day DESC
                      LIMIT 1) s ON true
 WITH NO DATA;

INSERT INTO aggregate_fact_seed
SELECT d.student_id, s.day, s.overall_score, s.recent_scores, s.total_quiz_sessions, s.total_quiz_completed,
       s.total_questions_answered, s.total_correct_answers, s.total_voice_accuracy_sum,
       s.total_voice_accuracy_count, s.total_sessions_completed, s.total_milliseconds, s.last_active_at,
       s.total_snapshot_minutes, s.snapshot, s.snapshot_run, s.longest_snapshot_run, s.codes_passed,
       s.phonetic_passed, s.protocol_passed
  FROM aggregate_fact_from d
  LEFT JOIN LATERAL (SELECT f.*
                       FROM dashboard_student_days f
                      WHERE f.student_id = d.student_id AND f.day < d.from_day
                      ORDER BY f.student_id DESC, f.day DESC
                      LIMIT 1) s ON true;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_later ON COMMIT DROP AS
SELECT f.* FROM dashboard_student_days f WITH NO DATA;

-- Only students that can have such rows are probed: those whose first changed day is before D,
-- and every one when a row after D exists at all (a past day aggregated again). A nightly run,
-- whose D is the newest day, probes almost nobody.
INSERT INTO aggregate_fact_later
SELECT f.*
  FROM aggregate_fact_from d
  JOIN dashboard_student_days f ON f.student_id = d.student_id AND f.day >= d.from_day
 WHERE (d.from_day < $1::date
        OR $1::date IS NULL
        OR EXISTS (SELECT 1 FROM dashboard_student_days x WHERE x.day > $1::date))
   AND NOT EXISTS (SELECT 1 FROM aggregate_fact_pairs p WHERE p.student_id = f.student_id AND p.day = f.day);

-- The key only: the row count and the keys' statistics are what the plans need (every column of these
-- wide rows costs 0.2-0.5 s a day at 100 000 students).
ANALYZE aggregate_fact_seed (student_id, day);

-- Every row from from_day on: the new day facts of the pairs, the stored ones of the other rows
-- (with the first passes that moved to or from their day); and the window of recent scores and the
-- overall score the row knows by itself (own_recent_scores, own_overall): D's from day_overall.sql,
-- a day whose history changed from its sessions, any other day as stored; unless it has none of
-- its own (carry: no scored session that day, so they are the previous row's).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_rows ON COMMIT DROP AS
SELECT n.student_id, n.day, n.quiz_sessions, n.quiz_completed, n.questions_answered, n.correct_answers,
       n.voice_accuracy_sum, n.voice_accuracy_count, n.sessions_completed, n.milliseconds, n.easy_completed,
       n.medium_completed, n.hard_completed, n.expert_completed, n.last_event_at, n.scored_sessions,
       n.scored_digest, n.snapshot, n.snapshot_minutes, n.module_ids, n.module_categories, n.module_started,
       n.module_completed, n.module_scored, n.module_best_scores, n.codes_first_passed, n.phonetic_first_passed,
       n.protocol_first_passed, true AS carry, n.stored_overall_score AS own_overall,
       n.stored_recent_scores AS own_recent_scores
  FROM aggregate_fact_new n
 WITH NO DATA;

WITH window_size AS (
    SELECT st.value::integer AS sessions FROM dashboard_aggregation_settings st WHERE st.name = 'overall_window_sessions'
),
facts AS (
    SELECT n.student_id, n.day, n.quiz_sessions, n.quiz_completed, n.questions_answered, n.correct_answers,
           n.voice_accuracy_sum, n.voice_accuracy_count, n.sessions_completed, n.milliseconds, n.easy_completed,
           n.medium_completed, n.hard_completed, n.expert_completed, n.last_event_at, n.scored_sessions,
           n.scored_digest, n.snapshot, n.snapshot_minutes, n.module_ids, n.module_categories, n.module_started,
           n.module_completed, n.module_scored, n.module_best_scores, n.codes_first_passed, n.phonetic_first_passed,
           n.protocol_first_passed, n.stored_overall_score AS stored_overall,
           n.stored_recent_scores AS stored_recent_scores
      FROM aggregate_fact_new n
      JOIN aggregate_fact_from d ON d.student_id = n.student_id AND n.day >= d.from_day
    UNION ALL
    SELECT f.student_id, f.day, f.quiz_sessions, f.quiz_completed, f.questions_answered, f.correct_answers,
           f.voice_accuracy_sum, f.voice_accuracy_count, f.sessions_completed, f.milliseconds, f.easy_completed,
           f.medium_completed, f.hard_completed, f.expert_completed, f.last_event_at, f.scored_sessions,
           f.scored_digest, f.snapshot, f.snapshot_minutes, f.module_ids, f.module_categories, f.module_started,
           f.module_completed, f.module_scored, f.module_best_scores,
           f.codes_first_passed + coalesce(pd.codes, 0), f.phonetic_first_passed + coalesce(pd.phonetic, 0),
           f.protocol_first_passed + coalesce(pd.protocol, 0), f.overall_score, f.recent_scores
      FROM aggregate_fact_later f
      LEFT JOIN aggregate_fact_pass_delta pd ON pd.student_id = f.student_id AND pd.day = f.day
)
INSERT INTO aggregate_fact_rows
SELECT x.student_id, x.day, x.quiz_sessions, x.quiz_completed, x.questions_answered, x.correct_answers,
       x.voice_accuracy_sum, x.voice_accuracy_count, x.sessions_completed, x.milliseconds, x.easy_completed,
       x.medium_completed, x.hard_completed, x.expert_completed, x.last_event_at, x.scored_sessions,
       x.scored_digest, x.snapshot, x.snapshot_minutes, x.module_ids, x.module_categories, x.module_started,
       x.module_completed, x.module_scored, x.module_best_scores, x.codes_first_passed, x.phonetic_first_passed,
       x.protocol_first_passed,
       k.carry,
       CASE WHEN k.carry THEN NULL
            WHEN k.from_day_overall THEN o.overall_score
            WHEN k.looked_up THEN (SELECT round(avg(v::numeric), 2) FROM unnest(k.recent_scores) AS v)
            ELSE x.stored_overall END,
       k.recent_scores
  FROM facts x
  JOIN aggregate_fact_from d ON d.student_id = x.student_id
  LEFT JOIN aggregate_day_overall o ON o.user_id = x.student_id AND x.day = $1::date
  -- The window of recent scores from the sessions, only for a day with scored sessions whose history
  -- changed (and that is not D with its window from day_overall.sql).
  LEFT JOIN LATERAL (
      SELECT array_agg(r.score ORDER BY r.at DESC, r.score DESC) AS recent_scores
        FROM ((SELECT q.completed_at AS at, q.score
                 FROM quiz_sessions q
                WHERE q.user_id = x.student_id AND q.completed_at < x.day + 1
                  AND q.completed_at IS NOT NULL AND q.score IS NOT NULL
                ORDER BY q.completed_at DESC, q.score DESC
                LIMIT (SELECT w.sessions FROM window_size w))
              UNION ALL
              (SELECT v.created_at, v.score
                 FROM voice_practice_sessions v
                WHERE v.user_id = x.student_id AND v.created_at < x.day + 1 AND v.score IS NOT NULL
                ORDER BY v.created_at DESC, v.score DESC
                LIMIT (SELECT w.sessions FROM window_size w))
              ORDER BY at DESC, score DESC
              LIMIT (SELECT w.sessions FROM window_size w)) r
       WHERE x.scored_sessions > 0 AND x.day >= d.rescore_from
         AND NOT (o.user_id IS NOT NULL AND d.rescore_from >= x.day)
  ) lk ON true
 CROSS JOIN LATERAL (
      SELECT CASE WHEN o.user_id IS NOT NULL AND (d.rescore_from IS NULL OR d.rescore_from >= x.day) THEN false
                  WHEN x.scored_sessions = 0 THEN true
                  ELSE false END AS carry,
             o.user_id IS NOT NULL AND (d.rescore_from IS NULL OR d.rescore_from >= x.day) AS from_day_overall,
             o.user_id IS NULL AND x.scored_sessions > 0 AND x.day >= d.rescore_from AS looked_up,
             CASE WHEN o.user_id IS NOT NULL AND (d.rescore_from IS NULL OR d.rescore_from >= x.day) THEN o.recent_scores
                  WHEN x.scored_sessions = 0 THEN NULL
                  WHEN x.day >= d.rescore_from THEN coalesce(lk.recent_scores, '{}')
                  ELSE x.stored_recent_scores END AS recent_scores
  ) k;

ANALYZE aggregate_fact_rows (student_id, day);

-- The running values. Most students have one row from from_day on (the day just aggregated):
-- their values are the seed's plus the day's, directly (single). The others go through window
-- functions, in day order (running ... multi).
WITH counts AS (
    SELECT r.student_id, count(*) AS rows FROM aggregate_fact_rows r GROUP BY r.student_id
),
single AS (
    SELECT r.*,
           coalesce(sd.total_quiz_sessions, 0) + r.quiz_sessions AS total_quiz_sessions,
           coalesce(sd.total_quiz_completed, 0) + r.quiz_completed AS total_quiz_completed,
           coalesce(sd.total_questions_answered, 0) + r.questions_answered AS total_questions_answered,
           coalesce(sd.total_correct_answers, 0) + r.correct_answers AS total_correct_answers,
           coalesce(sd.total_voice_accuracy_sum, 0) + r.voice_accuracy_sum AS total_voice_accuracy_sum,
           coalesce(sd.total_voice_accuracy_count, 0) + r.voice_accuracy_count AS total_voice_accuracy_count,
           coalesce(sd.total_sessions_completed, 0) + r.sessions_completed AS total_sessions_completed,
           coalesce(sd.total_milliseconds, 0) + r.milliseconds AS total_milliseconds,
           greatest(sd.last_active_at, r.last_event_at) AS last_active_at,
           coalesce(sd.total_snapshot_minutes, 0) + r.snapshot_minutes AS total_snapshot_minutes,
           coalesce(sd.codes_passed, 0) + r.codes_first_passed AS codes_passed,
           coalesce(sd.phonetic_passed, 0) + r.phonetic_first_passed AS phonetic_passed,
           coalesce(sd.protocol_passed, 0) + r.protocol_first_passed AS protocol_passed,
           CASE WHEN r.carry THEN sd.overall_score ELSE r.own_overall END AS overall_score,
           CASE WHEN r.carry THEN coalesce(sd.recent_scores, '{}') ELSE r.own_recent_scores END AS recent_scores,
           CASE WHEN NOT r.snapshot THEN 0
                WHEN sd.day = r.day - 1 AND sd.snapshot THEN sd.snapshot_run + 1
                ELSE 1 END AS snapshot_run,
           CASE WHEN sd.day = r.day - 1 THEN sd.snapshot_run ELSE 0 END AS previous_snapshot_run,
           greatest(coalesce(sd.longest_snapshot_run, 0),
                    CASE WHEN NOT r.snapshot THEN 0
                         WHEN sd.day = r.day - 1 AND sd.snapshot THEN sd.snapshot_run + 1
                         ELSE 1 END) AS longest_snapshot_run
      FROM aggregate_fact_rows r
      JOIN counts n ON n.student_id = r.student_id AND n.rows = 1
      JOIN aggregate_fact_seed sd ON sd.student_id = r.student_id
),
running AS (
    SELECT o.*,
           sd.day AS seed_day,
           sd.overall_score AS seed_overall,
           coalesce(sd.recent_scores, '{}') AS seed_recent_scores,
           coalesce(sd.snapshot, false) AS seed_snapshot,
           coalesce(sd.snapshot_run, 0) AS seed_snapshot_run,
           coalesce(sd.longest_snapshot_run, 0) AS seed_longest_snapshot_run,
           coalesce(sd.total_quiz_sessions, 0) + sum(o.quiz_sessions) OVER w AS total_quiz_sessions,
           coalesce(sd.total_quiz_completed, 0) + sum(o.quiz_completed) OVER w AS total_quiz_completed,
           coalesce(sd.total_questions_answered, 0) + sum(o.questions_answered) OVER w AS total_questions_answered,
           coalesce(sd.total_correct_answers, 0) + sum(o.correct_answers) OVER w AS total_correct_answers,
           coalesce(sd.total_voice_accuracy_sum, 0) + sum(o.voice_accuracy_sum) OVER w AS total_voice_accuracy_sum,
           coalesce(sd.total_voice_accuracy_count, 0) + sum(o.voice_accuracy_count) OVER w AS total_voice_accuracy_count,
           coalesce(sd.total_sessions_completed, 0) + sum(o.sessions_completed) OVER w AS total_sessions_completed,
           coalesce(sd.total_milliseconds, 0) + sum(o.milliseconds) OVER w AS total_milliseconds,
           greatest(sd.last_active_at, max(o.last_event_at) OVER w) AS last_active_at,
           coalesce(sd.total_snapshot_minutes, 0) + sum(o.snapshot_minutes) OVER w AS total_snapshot_minutes,
           coalesce(sd.codes_passed, 0) + sum(o.codes_first_passed) OVER w AS codes_passed,
           coalesce(sd.phonetic_passed, 0) + sum(o.phonetic_first_passed) OVER w AS phonetic_passed,
           coalesce(sd.protocol_passed, 0) + sum(o.protocol_first_passed) OVER w AS protocol_passed,
           count(*) FILTER (WHERE NOT o.carry) OVER w AS overall_group,
           lag(o.day) OVER w AS previous_day,
           lag(o.snapshot) OVER w AS previous_snapshot
      FROM aggregate_fact_rows o
      JOIN counts n ON n.student_id = o.student_id AND n.rows > 1
      JOIN aggregate_fact_seed sd ON sd.student_id = o.student_id
    WINDOW w AS (PARTITION BY o.student_id ORDER BY o.day ROWS UNBOUNDED PRECEDING)
),
-- run_start: the first day of the snapshot run a snapshot day belongs to. A snapshot day that
-- follows a snapshot day continues its run (NULL here, so that the running max keeps the run's
-- start); the first row may continue the seed's run.
runs AS (
    SELECT r.*,
           CASE WHEN r.overall_group = 0 THEN r.seed_overall
                ELSE first_value(r.own_overall) OVER g END AS overall_score,
           CASE WHEN r.overall_group = 0 THEN r.seed_recent_scores
                ELSE first_value(r.own_recent_scores) OVER g END AS recent_scores,
           max(CASE WHEN NOT r.snapshot THEN NULL
                    WHEN r.previous_day IS NOT NULL
                        THEN CASE WHEN r.previous_day = r.day - 1 AND r.previous_snapshot THEN NULL ELSE r.day END
                    WHEN r.seed_day = r.day - 1 AND r.seed_snapshot THEN r.seed_day - r.seed_snapshot_run + 1
                    ELSE r.day END)
               OVER (PARTITION BY r.student_id ORDER BY r.day ROWS UNBOUNDED PRECEDING) AS run_start
      FROM running r
    WINDOW g AS (PARTITION BY r.student_id, r.overall_group ORDER BY r.day)
),
lengths AS (
    SELECT r.*,
           CASE WHEN r.snapshot THEN r.day - r.run_start + 1 ELSE 0 END AS snapshot_run
      FROM runs r
),
multi AS (
    SELECT l.*,
           CASE WHEN coalesce(lag(l.day) OVER w, l.seed_day) = l.day - 1
                THEN coalesce(lag(l.snapshot_run) OVER w, l.seed_snapshot_run) ELSE 0 END AS previous_snapshot_run,
           greatest(l.seed_longest_snapshot_run, max(l.snapshot_run) OVER (w ROWS UNBOUNDED PRECEDING)) AS longest_snapshot_run
      FROM lengths l
    WINDOW w AS (PARTITION BY l.student_id ORDER BY l.day)
),
computed AS (
    SELECT s.student_id, s.day, s.quiz_sessions, s.quiz_completed, s.questions_answered, s.correct_answers,
           s.voice_accuracy_sum, s.voice_accuracy_count, s.sessions_completed, s.milliseconds, s.easy_completed,
           s.medium_completed, s.hard_completed, s.expert_completed, s.last_event_at, s.scored_sessions, s.scored_digest,
           s.snapshot, s.snapshot_minutes, s.module_ids, s.module_categories, s.module_started, s.module_completed,
           s.module_scored, s.module_best_scores, s.codes_first_passed, s.phonetic_first_passed, s.protocol_first_passed,
           s.overall_score, s.recent_scores, s.total_quiz_sessions, s.total_quiz_completed, s.total_questions_answered,
           s.total_correct_answers, s.total_voice_accuracy_sum, s.total_voice_accuracy_count, s.total_sessions_completed,
           s.total_milliseconds, s.last_active_at, s.total_snapshot_minutes, s.snapshot_run, s.previous_snapshot_run,
           s.longest_snapshot_run, s.codes_passed, s.phonetic_passed, s.protocol_passed
      FROM single s
    UNION ALL
    SELECT m.student_id, m.day, m.quiz_sessions, m.quiz_completed, m.questions_answered, m.correct_answers,
           m.voice_accuracy_sum, m.voice_accuracy_count, m.sessions_completed, m.milliseconds, m.easy_completed,
           m.medium_completed, m.hard_completed, m.expert_completed, m.last_event_at, m.scored_sessions, m.scored_digest,
           m.snapshot, m.snapshot_minutes, m.module_ids, m.module_categories, m.module_started, m.module_completed,
           m.module_scored, m.module_best_scores, m.codes_first_passed, m.phonetic_first_passed, m.protocol_first_passed,
           m.overall_score, m.recent_scores, m.total_quiz_sessions, m.total_quiz_completed, m.total_questions_answered,
           m.total_correct_answers, m.total_voice_accuracy_sum, m.total_voice_accuracy_count, m.total_sessions_completed,
           m.total_milliseconds, m.last_active_at, m.total_snapshot_minutes, m.snapshot_run, m.previous_snapshot_run,
           m.longest_snapshot_run, m.codes_passed, m.phonetic_passed, m.protocol_passed
      FROM multi m
),
vanished AS (
    DELETE FROM dashboard_student_days f
     USING aggregate_fact_pairs p
     WHERE f.student_id = p.student_id AND f.day = p.day
       AND NOT EXISTS (SELECT 1 FROM aggregate_fact_new n WHERE n.student_id = p.student_id AND n.day = p.day)
)
INSERT INTO dashboard_student_days AS f (
    student_id, day, quiz_sessions, quiz_completed, questions_answered, correct_answers, voice_accuracy_sum,
    voice_accuracy_count, sessions_completed, milliseconds, easy_completed, medium_completed, hard_completed,
    expert_completed, last_event_at, scored_sessions, scored_digest, snapshot, snapshot_minutes, module_ids,
    module_categories, module_started, module_completed, module_scored, module_best_scores, codes_first_passed,
    phonetic_first_passed, protocol_first_passed, overall_score, recent_scores, total_quiz_sessions, total_quiz_completed, total_questions_answered, total_correct_answers,
    total_voice_accuracy_sum, total_voice_accuracy_count, total_sessions_completed, total_milliseconds,
    last_active_at, total_snapshot_minutes, snapshot_run, previous_snapshot_run, longest_snapshot_run,
    codes_passed, phonetic_passed, protocol_passed)
SELECT c.student_id, c.day, c.quiz_sessions, c.quiz_completed, c.questions_answered, c.correct_answers,
       c.voice_accuracy_sum, c.voice_accuracy_count, c.sessions_completed, c.milliseconds, c.easy_completed,
       c.medium_completed, c.hard_completed, c.expert_completed, c.last_event_at, c.scored_sessions, c.scored_digest,
       c.snapshot, c.snapshot_minutes, c.module_ids, c.module_categories, c.module_started, c.module_completed,
       c.module_scored, c.module_best_scores, c.codes_first_passed, c.phonetic_first_passed, c.protocol_first_passed,
       c.overall_score, c.recent_scores, c.total_quiz_sessions, c.total_quiz_completed, c.total_questions_answered, c.total_correct_answers,
       c.total_voice_accuracy_sum, c.total_voice_accuracy_count, c.total_sessions_completed, c.total_milliseconds,
       c.last_active_at, c.total_snapshot_minutes, c.snapshot_run, c.previous_snapshot_run, c.longest_snapshot_run,
       c.codes_passed, c.phonetic_passed, c.protocol_passed
  FROM computed c
 ORDER BY c.student_id, c.day
ON CONFLICT (student_id, day) DO UPDATE
   SET quiz_sessions = EXCLUDED.quiz_sessions,
       quiz_completed = EXCLUDED.quiz_completed,
       questions_answered = EXCLUDED.questions_answered,
       correct_answers = EXCLUDED.correct_answers,
       voice_accuracy_sum = EXCLUDED.voice_accuracy_sum,
       voice_accuracy_count = EXCLUDED.voice_accuracy_count,
       sessions_completed = EXCLUDED.sessions_completed,
       milliseconds = EXCLUDED.milliseconds,
       easy_completed = EXCLUDED.easy_completed,
       medium_completed = EXCLUDED.medium_completed,
       hard_completed = EXCLUDED.hard_completed,
       expert_completed = EXCLUDED.expert_completed,
       last_event_at = EXCLUDED.last_event_at,
       scored_sessions = EXCLUDED.scored_sessions,
       scored_digest = EXCLUDED.scored_digest,
       snapshot = EXCLUDED.snapshot,
       snapshot_minutes = EXCLUDED.snapshot_minutes,
       module_ids = EXCLUDED.module_ids,
       module_categories = EXCLUDED.module_categories,
       module_started = EXCLUDED.module_started,
       module_completed = EXCLUDED.module_completed,
       module_scored = EXCLUDED.module_scored,
       module_best_scores = EXCLUDED.module_best_scores,
       codes_first_passed = EXCLUDED.codes_first_passed,
       phonetic_first_passed = EXCLUDED.phonetic_first_passed,
       protocol_first_passed = EXCLUDED.protocol_first_passed,
       overall_score = EXCLUDED.overall_score,
       recent_scores = EXCLUDED.recent_scores,
       total_quiz_sessions = EXCLUDED.total_quiz_sessions,
       total_quiz_completed = EXCLUDED.total_quiz_completed,
       total_questions_answered = EXCLUDED.total_questions_answered,
       total_correct_answers = EXCLUDED.total_correct_answers,
       total_voice_accuracy_sum = EXCLUDED.total_voice_accuracy_sum,
       total_voice_accuracy_count = EXCLUDED.total_voice_accuracy_count,
       total_sessions_completed = EXCLUDED.total_sessions_completed,
       total_milliseconds = EXCLUDED.total_milliseconds,
       last_active_at = EXCLUDED.last_active_at,
       total_snapshot_minutes = EXCLUDED.total_snapshot_minutes,
       snapshot_run = EXCLUDED.snapshot_run,
       previous_snapshot_run = EXCLUDED.previous_snapshot_run,
       longest_snapshot_run = EXCLUDED.longest_snapshot_run,
       codes_passed = EXCLUDED.codes_passed,
       phonetic_passed = EXCLUDED.phonetic_passed,
       protocol_passed = EXCLUDED.protocol_passed
 -- numeric values compared as text, decimals included (see student_days.sql)
 WHERE (f.quiz_sessions, f.quiz_completed, f.questions_answered, f.correct_answers, f.voice_accuracy_sum::text,
        f.voice_accuracy_count, f.sessions_completed, f.milliseconds, f.easy_completed, f.medium_completed,
        f.hard_completed, f.expert_completed, f.last_event_at, f.scored_sessions, f.scored_digest, f.snapshot,
        f.snapshot_minutes, f.module_ids, f.module_categories, f.module_started, f.module_completed, f.module_scored,
        f.module_best_scores, f.codes_first_passed, f.phonetic_first_passed, f.protocol_first_passed,
        f.overall_score::text, f.recent_scores, f.total_quiz_sessions, f.total_quiz_completed,
        f.total_questions_answered, f.total_correct_answers, f.total_voice_accuracy_sum::text,
        f.total_voice_accuracy_count, f.total_sessions_completed, f.total_milliseconds, f.last_active_at,
        f.total_snapshot_minutes, f.snapshot_run, f.previous_snapshot_run, f.longest_snapshot_run, f.codes_passed,
        f.phonetic_passed, f.protocol_passed)
       IS DISTINCT FROM
       (EXCLUDED.quiz_sessions, EXCLUDED.quiz_completed, EXCLUDED.questions_answered, EXCLUDED.correct_answers,
        EXCLUDED.voice_accuracy_sum::text, EXCLUDED.voice_accuracy_count, EXCLUDED.sessions_completed,
        EXCLUDED.milliseconds, EXCLUDED.easy_completed, EXCLUDED.medium_completed, EXCLUDED.hard_completed,
        EXCLUDED.expert_completed, EXCLUDED.last_event_at, EXCLUDED.scored_sessions, EXCLUDED.scored_digest,
        EXCLUDED.snapshot, EXCLUDED.snapshot_minutes, EXCLUDED.module_ids, EXCLUDED.module_categories,
        EXCLUDED.module_started, EXCLUDED.module_completed, EXCLUDED.module_scored, EXCLUDED.module_best_scores,
        EXCLUDED.codes_first_passed, EXCLUDED.phonetic_first_passed, EXCLUDED.protocol_first_passed,
        EXCLUDED.overall_score::text, EXCLUDED.recent_scores, EXCLUDED.total_quiz_sessions,
        EXCLUDED.total_quiz_completed, EXCLUDED.total_questions_answered, EXCLUDED.total_correct_answers,
        EXCLUDED.total_voice_accuracy_sum::text, EXCLUDED.total_voice_accuracy_count,
        EXCLUDED.total_sessions_completed, EXCLUDED.total_milliseconds, EXCLUDED.last_active_at,
        EXCLUDED.total_snapshot_minutes, EXCLUDED.snapshot_run, EXCLUDED.previous_snapshot_run,
        EXCLUDED.longest_snapshot_run, EXCLUDED.codes_passed, EXCLUDED.phonetic_passed, EXCLUDED.protocol_passed)
