-- The per-student facts of day D (0020), part 1 of 2: which (student, day) rows to compute, their day facts, the module rows and the modules passed.
--
-- $1 (date): the day D, or NULL when only the pairs already in aggregate_fact_pairs are computed
-- (a rebuild). Runs after day_sessions.sql and day_overall.sql (and, in phase (a), after
-- snapshots.sql: the snapshot of D is part of the day's facts), in the transaction of the day;
-- student_days_forward.sql writes what this computes.
--
-- A (student, day) pair is computed from the sessions of that day alone:
--   quiz sessions started on the day  -> counts, answers, completed ones, durations, difficulties,
--                                        the module rows (started, completed, best score);
--   quiz sessions completed that day  -> activity (last_event_at), scored sessions;
--   voice sessions created that day   -> counts, accuracy, durations, activity, scored sessions;
--   the stored snapshot of that day   -> snapshot, snapshot_minutes.
-- The pairs of D: every user with activity on D, every snapshot of D, every row D had before (it
-- may have vanished), and the start days of quiz sessions completed on D but started on another
-- day: "completed" is counted on the start day, so that day's facts change when the session is
-- completed (a session started at 23:50 and completed at 00:10).
-- Every range is half-open on the plain UTC timestamps ([day, day + 1)): D's sessions are those
-- day_sessions.sql read; other days are read per student through the user indexes.
-- The temporary tables exist until the end of the transaction (ON COMMIT DROP).

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_pairs (
    student_id text NOT NULL,
    day date NOT NULL,
    PRIMARY KEY (student_id, day)
) ON COMMIT DROP;

-- With `aggregate --jobs N`, every source below keeps to the students of this transaction's
-- partition (0023); the pairs, and everything computed from them, are then theirs alone.
INSERT INTO aggregate_fact_pairs (student_id, day)
SELECT x.student_id, x.day
  FROM (SELECT o.user_id AS student_id, $1::date AS day FROM aggregate_day_overall o WHERE $1::date IS NOT NULL
        UNION
        SELECT ps.student_id, ps.snapshot_date FROM progress_snapshots ps WHERE ps.snapshot_date = $1::date
        UNION
        SELECT f.student_id, f.day FROM dashboard_student_days f WHERE f.day = $1::date
        UNION
        SELECT c.user_id, c.started_at::date
          FROM aggregate_day_completed c
         WHERE c.started_at < $1::date OR c.started_at >= $1::date + 1) x
 WHERE public.dashboard_aggregate_partition_has(x.student_id, $2, $3)
ON CONFLICT DO NOTHING;

ANALYZE aggregate_fact_pairs;

-- 1. The sessions of the pairs' days: D's from day_sessions.sql, other days per student.
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_started (
    user_id text NOT NULL,
    day date NOT NULL,
    module_id text NOT NULL,
    category "QuizCategory" NOT NULL,
    difficulty "DifficultyLevel" NOT NULL,
    completed boolean NOT NULL,
    score double precision,
    questions_answered integer NOT NULL,
    correct_answers integer NOT NULL,
    milliseconds bigint,
    started_at timestamp(3) NOT NULL
) ON COMMIT DROP;

-- milliseconds: whole milliseconds of a completed session (timestamp(3)), the very expression of
-- the full recomputation, so that sums agree to the millisecond.
INSERT INTO aggregate_fact_started
SELECT q.user_id, q.started_at::date, q.module_id, q.category, q.difficulty, q.completed_at IS NOT NULL, q.score,
       q.questions_answered, q.correct_answers,
       round(date_part('epoch', q.completed_at - q.started_at) * 1000)::bigint, q.started_at
  FROM aggregate_day_quiz q
 WHERE public.dashboard_aggregate_partition_has(q.user_id, $2, $3)
UNION ALL
SELECT q.user_id, q.started_at::date, q.module_id, q.category, q.difficulty, q.completed_at IS NOT NULL, q.score,
       q.questions_answered, q.correct_answers,
       round(date_part('epoch', q.completed_at - q.started_at) * 1000)::bigint, q.started_at
  FROM aggregate_fact_pairs p
  JOIN quiz_sessions q ON q.user_id = p.student_id AND q.started_at >= p.day AND q.started_at < p.day + 1
 WHERE p.day IS DISTINCT FROM $1::date;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_completed (
    user_id text NOT NULL,
    day date NOT NULL,
    id text NOT NULL,
    started_at timestamp(3) NOT NULL,
    completed_at timestamp(3) NOT NULL,
    score double precision
) ON COMMIT DROP;

INSERT INTO aggregate_fact_completed
SELECT q.user_id, q.completed_at::date, q.id, q.started_at, q.completed_at, q.score
  FROM aggregate_day_completed q
 WHERE public.dashboard_aggregate_partition_has(q.user_id, $2, $3)
UNION ALL
SELECT q.user_id, q.completed_at::date, q.id, q.started_at, q.completed_at, q.score
  FROM aggregate_fact_pairs p
  JOIN quiz_sessions q ON q.user_id = p.student_id AND q.completed_at >= p.day AND q.completed_at < p.day + 1
 WHERE p.day IS DISTINCT FROM $1::date;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_voice (
    user_id text NOT NULL,
    day date NOT NULL,
    id text NOT NULL,
    created_at timestamp(3) NOT NULL,
    score double precision,
    accuracy double precision,
    duration integer NOT NULL
) ON COMMIT DROP;

INSERT INTO aggregate_fact_voice
SELECT v.user_id, v.created_at::date, v.id, v.created_at, v.score, v.accuracy, v.duration
  FROM aggregate_day_voice v
 WHERE public.dashboard_aggregate_partition_has(v.user_id, $2, $3)
UNION ALL
SELECT v.user_id, v.created_at::date, v.id, v.created_at, v.score, v.accuracy, v.duration
  FROM aggregate_fact_pairs p
  JOIN voice_practice_sessions v ON v.user_id = p.student_id AND v.created_at >= p.day AND v.created_at < p.day + 1
 WHERE p.day IS DISTINCT FROM $1::date;

-- The pairs' stored rows and snapshots: D's through the day indexes, other days per student.
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_stored ON COMMIT DROP AS
SELECT f.* FROM dashboard_student_days f WITH NO DATA;

INSERT INTO aggregate_fact_stored
SELECT f.* FROM dashboard_student_days f WHERE f.day = $1::date AND public.dashboard_aggregate_partition_has(f.student_id, $2, $3)
UNION ALL
SELECT f.*
  FROM aggregate_fact_pairs p
  JOIN dashboard_student_days f ON f.student_id = p.student_id AND f.day = p.day
 WHERE p.day IS DISTINCT FROM $1::date;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_snapshots (
    student_id text NOT NULL,
    day date NOT NULL,
    total_time_spent integer NOT NULL
) ON COMMIT DROP;

INSERT INTO aggregate_fact_snapshots
SELECT ps.student_id, ps.snapshot_date, ps.total_time_spent
  FROM progress_snapshots ps
 WHERE ps.snapshot_date = $1::date AND public.dashboard_aggregate_partition_has(ps.student_id, $2, $3)
UNION ALL
SELECT ps.student_id, ps.snapshot_date, ps.total_time_spent
  FROM aggregate_fact_pairs p
  JOIN progress_snapshots ps ON ps.student_id = p.student_id AND ps.snapshot_date = p.day
 WHERE p.day IS DISTINCT FROM $1::date;

ANALYZE aggregate_fact_started;

-- 2. Per pair, module and category: sessions started, completed, completed with a score, and the
--    best score of the completed ones (the module arrays of the day's row).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_modules (
    student_id text NOT NULL,
    day date NOT NULL,
    module_id text NOT NULL,
    category "QuizCategory" NOT NULL,
    started integer NOT NULL,
    completed integer NOT NULL,
    scored integer NOT NULL,
    best_score double precision,
    PRIMARY KEY (student_id, day, module_id, category)
) ON COMMIT DROP;

INSERT INTO aggregate_fact_modules
SELECT s.user_id, s.day, s.module_id, s.category,
       count(*),
       count(*) FILTER (WHERE s.completed),
       count(*) FILTER (WHERE s.completed AND s.score IS NOT NULL),
       max(s.score) FILTER (WHERE s.completed)
  FROM aggregate_fact_started s
 GROUP BY s.user_id, s.day, s.module_id, s.category;

-- 3. The first day with a session and the first with a pass of each (student, module, category)
--    whose facts changed on a pair's day (dashboard_student_modules). A day that adds a session or
--    a pass can only move them earlier: the earlier of the stored day and this one. Only when the
--    stored first day loses its session or its pass is the key's whole history read again (the
--    student's other rows, and the new facts of the pairs' days). Where the first pass moved, the
--    per-day counts of first passes change on both days (aggregate_fact_pass_delta) and the
--    student's rows are computed again from the earlier of the two (aggregate_fact_dirty).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_dirty (
    student_id text NOT NULL,
    from_day date NOT NULL,
    rescore_from date
) ON COMMIT DROP;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_pass_delta (
    student_id text NOT NULL,
    day date NOT NULL,
    codes integer NOT NULL,
    phonetic integer NOT NULL,
    protocol integer NOT NULL
) ON COMMIT DROP;

CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_first_days (
    student_id text NOT NULL,
    module_id text NOT NULL,
    category "QuizCategory" NOT NULL,
    existed boolean NOT NULL,
    old_started_on date,
    old_passed_on date,
    first_started_on date,
    first_passed_on date,
    PRIMARY KEY (student_id, module_id, category)
) ON COMMIT DROP;

WITH settings AS (
    SELECT s.value AS pass_score FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'
),
stored AS (
    SELECT f.student_id, f.day, u.module_id, u.category, u.started, u.best_score
      FROM aggregate_fact_stored f
     CROSS JOIN LATERAL unnest(f.module_ids, f.module_categories, f.module_started, f.module_best_scores)
                        AS u(module_id, category, started, best_score)
),
changes AS (
    SELECT coalesce(n.student_id, o.student_id) AS student_id,
           coalesce(n.module_id, o.module_id) AS module_id,
           coalesce(n.category, o.category) AS category,
           coalesce(n.day, o.day) AS day,
           coalesce(o.started, 0) > 0 AS was_started,
           coalesce(n.started, 0) > 0 AS is_started,
           coalesce(o.best_score >= st.pass_score, false) AS was_passed,
           coalesce(n.best_score >= st.pass_score, false) AS is_passed
      FROM aggregate_fact_modules n
      FULL JOIN stored o
             ON o.student_id = n.student_id AND o.day = n.day AND o.module_id = n.module_id AND o.category = n.category
     CROSS JOIN settings st
),
per_key AS (
    SELECT c.student_id, c.module_id, c.category,
           m.student_id IS NOT NULL AS existed,
           m.first_started_on AS old_started_on,
           m.first_passed_on AS old_passed_on,
           min(c.day) FILTER (WHERE c.is_started) AS started_on,
           min(c.day) FILTER (WHERE c.is_passed) AS passed_on,
           bool_or((c.was_started AND NOT c.is_started AND c.day = m.first_started_on)
                   OR (c.was_passed AND NOT c.is_passed AND c.day = m.first_passed_on)) AS lost_first
      FROM changes c
      -- one probe per key (OFFSET 0: not a hash of the whole table, which grows with the history)
      LEFT JOIN LATERAL (SELECT x.student_id, x.first_started_on, x.first_passed_on
                           FROM dashboard_student_modules x
                          WHERE x.student_id = c.student_id AND x.module_id = c.module_id AND x.category = c.category
                         OFFSET 0) m ON true
     WHERE (c.was_started, c.was_passed) IS DISTINCT FROM (c.is_started, c.is_passed)
     GROUP BY c.student_id, c.module_id, c.category, m.student_id, m.first_started_on, m.first_passed_on
),
history AS (
    SELECT h.student_id, h.module_id, h.category,
           min(h.day) FILTER (WHERE h.started > 0) AS first_started_on,
           min(h.day) FILTER (WHERE h.best_score >= st.pass_score) AS first_passed_on
      FROM (SELECT f.student_id, u.module_id, u.category, f.day, u.started, u.best_score
              FROM per_key k
              JOIN dashboard_student_days f ON f.student_id = k.student_id
             CROSS JOIN LATERAL unnest(f.module_ids, f.module_categories, f.module_started, f.module_best_scores)
                                AS u(module_id, category, started, best_score)
             WHERE k.lost_first AND u.module_id = k.module_id AND u.category = k.category
               AND NOT EXISTS (SELECT 1 FROM aggregate_fact_pairs p WHERE p.student_id = f.student_id AND p.day = f.day)
            UNION ALL
            SELECT n.student_id, n.module_id, n.category, n.day, n.started, n.best_score
              FROM per_key k
              JOIN aggregate_fact_modules n ON n.student_id = k.student_id AND n.module_id = k.module_id AND n.category = k.category
             WHERE k.lost_first) h
     CROSS JOIN settings st
     GROUP BY h.student_id, h.module_id, h.category
)
INSERT INTO aggregate_fact_first_days
SELECT k.student_id, k.module_id, k.category, k.existed, k.old_started_on, k.old_passed_on,
       CASE WHEN k.lost_first THEN h.first_started_on ELSE least(k.old_started_on, k.started_on) END,
       CASE WHEN k.lost_first THEN h.first_passed_on ELSE least(k.old_passed_on, k.passed_on) END
  FROM per_key k
  LEFT JOIN history h ON h.student_id = k.student_id AND h.module_id = k.module_id AND h.category = k.category;

DELETE FROM dashboard_student_modules m
 USING aggregate_fact_first_days d
 WHERE d.first_started_on IS NULL
   AND m.student_id = d.student_id AND m.module_id = d.module_id AND m.category = d.category;

INSERT INTO dashboard_student_modules AS m (student_id, module_id, category, first_started_on, first_passed_on)
SELECT d.student_id, d.module_id, d.category, d.first_started_on, d.first_passed_on
  FROM aggregate_fact_first_days d
 WHERE d.first_started_on IS NOT NULL
   AND (d.old_started_on, d.old_passed_on) IS DISTINCT FROM (d.first_started_on, d.first_passed_on)
 ORDER BY d.student_id, d.module_id, d.category
ON CONFLICT (student_id, module_id, category) DO UPDATE
   SET first_started_on = EXCLUDED.first_started_on,
       first_passed_on = EXCLUDED.first_passed_on;

INSERT INTO aggregate_fact_pass_delta (student_id, day, codes, phonetic, protocol)
SELECT x.student_id, x.day,
       coalesce(sum(x.change) FILTER (WHERE x.category = 'CODES'), 0),
       coalesce(sum(x.change) FILTER (WHERE x.category = 'PHONETIC'), 0),
       coalesce(sum(x.change) FILTER (WHERE x.category = 'PROTOCOL'), 0)
  FROM (SELECT d.student_id, d.old_passed_on AS day, d.category, -1 AS change
          FROM aggregate_fact_first_days d
         WHERE d.old_passed_on IS DISTINCT FROM d.first_passed_on AND d.old_passed_on IS NOT NULL
        UNION ALL
        SELECT d.student_id, d.first_passed_on, d.category, 1
          FROM aggregate_fact_first_days d
         WHERE d.old_passed_on IS DISTINCT FROM d.first_passed_on AND d.first_passed_on IS NOT NULL) x
 GROUP BY x.student_id, x.day;

-- A first pass that moved to or from a day that is not a pair's: that row changes too.
INSERT INTO aggregate_fact_dirty (student_id, from_day, rescore_from)
SELECT d.student_id, min(d.day), NULL
  FROM aggregate_fact_pass_delta d
 GROUP BY d.student_id;

-- 4. The day facts of every pair that has any (a pair without sessions or snapshot has no row).
--    last_event_at: the latest of the quiz sessions started, the quiz sessions completed (not
--    before they started: the full recomputation takes greatest(started_at, completed_at)) and
--    the voice sessions. scored_digest: one hash per scored session (its id, time and score, in
--    text forms that no session setting changes), combined with XOR; ids are unique, so no two
--    sessions cancel out. The first passes of the day: the stored count and what moved (step 3).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_fact_new (
    student_id text NOT NULL,
    day date NOT NULL,
    quiz_sessions integer NOT NULL,
    quiz_completed integer NOT NULL,
    questions_answered bigint NOT NULL,
    correct_answers bigint NOT NULL,
    voice_accuracy_sum numeric NOT NULL,
    voice_accuracy_count integer NOT NULL,
    sessions_completed integer NOT NULL,
    milliseconds bigint NOT NULL,
    easy_completed integer NOT NULL,
    medium_completed integer NOT NULL,
    hard_completed integer NOT NULL,
    expert_completed integer NOT NULL,
    last_event_at timestamp(3),
    scored_sessions integer NOT NULL,
    scored_digest bigint NOT NULL,
    snapshot boolean NOT NULL,
    snapshot_minutes integer NOT NULL,
    module_ids text[] NOT NULL,
    module_categories "QuizCategory"[] NOT NULL,
    module_started integer[] NOT NULL,
    module_completed integer[] NOT NULL,
    module_scored integer[] NOT NULL,
    module_best_scores double precision[] NOT NULL,
    codes_first_passed integer NOT NULL,
    phonetic_first_passed integer NOT NULL,
    protocol_first_passed integer NOT NULL,
    stored_overall_score numeric,
    stored_recent_scores double precision[],
    PRIMARY KEY (student_id, day)
) ON COMMIT DROP;

WITH quiz AS (
    SELECT s.user_id, s.day,
           count(*) AS sessions,
           count(*) FILTER (WHERE s.completed) AS completed,
           sum(s.questions_answered) AS questions_answered,
           sum(s.correct_answers) AS correct_answers,
           sum(s.milliseconds) FILTER (WHERE s.completed) AS milliseconds,
           count(*) FILTER (WHERE s.completed AND s.difficulty = 'EASY') AS easy,
           count(*) FILTER (WHERE s.completed AND s.difficulty = 'MEDIUM') AS medium,
           count(*) FILTER (WHERE s.completed AND s.difficulty = 'HARD') AS hard,
           count(*) FILTER (WHERE s.completed AND s.difficulty = 'EXPERT') AS expert,
           max(s.started_at) AS last_started_at
      FROM aggregate_fact_started s
     GROUP BY s.user_id, s.day
),
-- The arrays in module and category order: from input sorted that way (one sort, where six
-- array_agg(... ORDER BY ...) would sort every group six times; an INSERT runs no parallel workers,
-- and grouping keeps the order of its input within a group).
modules AS (
    SELECT m.student_id, m.day,
           array_agg(m.module_id) AS ids,
           array_agg(m.category) AS categories,
           array_agg(m.started) AS started,
           array_agg(m.completed) AS completed,
           array_agg(m.scored) AS scored,
           array_agg(m.best_score) AS best_scores
      FROM (SELECT * FROM aggregate_fact_modules ORDER BY student_id, day, module_id, category) m
     GROUP BY m.student_id, m.day
),
completions AS (
    SELECT c.user_id, c.day,
           max(c.completed_at) FILTER (WHERE c.completed_at >= c.started_at) AS last_completed_at,
           count(*) FILTER (WHERE c.score IS NOT NULL) AS scored,
           coalesce(bit_xor(hashtextextended('q' || c.id || ':' || extract(epoch FROM c.completed_at)::text || ':'
                                             || encode(float8send(c.score), 'hex'), 0))
                        FILTER (WHERE c.score IS NOT NULL), 0) AS digest
      FROM aggregate_fact_completed c
     GROUP BY c.user_id, c.day
),
voice AS (
    SELECT v.user_id, v.day,
           count(*) AS sessions,
           coalesce(sum(v.accuracy::numeric), 0) AS accuracy_sum,
           count(v.accuracy) AS accuracy_count,
           sum(v.duration * 1000::bigint) AS milliseconds,
           max(v.created_at) AS last_created_at,
           count(v.score) AS scored,
           coalesce(bit_xor(hashtextextended('v' || v.id || ':' || extract(epoch FROM v.created_at)::text || ':'
                                             || encode(float8send(v.score), 'hex'), 0))
                        FILTER (WHERE v.score IS NOT NULL), 0) AS digest
      FROM aggregate_fact_voice v
     GROUP BY v.user_id, v.day
)
INSERT INTO aggregate_fact_new
SELECT p.student_id, p.day,
       coalesce(q.sessions, 0),
       coalesce(q.completed, 0),
       coalesce(q.questions_answered, 0),
       coalesce(q.correct_answers, 0),
       coalesce(v.accuracy_sum, 0),
       coalesce(v.accuracy_count, 0),
       coalesce(q.completed, 0) + coalesce(v.sessions, 0),
       coalesce(q.milliseconds, 0) + coalesce(v.milliseconds, 0),
       coalesce(q.easy, 0),
       coalesce(q.medium, 0),
       coalesce(q.hard, 0),
       coalesce(q.expert, 0),
       greatest(q.last_started_at, c.last_completed_at, v.last_created_at),
       coalesce(c.scored, 0) + coalesce(v.scored, 0),
       coalesce(c.digest, 0) # coalesce(v.digest, 0),
       ps.student_id IS NOT NULL,
       coalesce(ps.total_time_spent, 0),
       coalesce(m.ids, '{}'),
       coalesce(m.categories, '{}'),
       coalesce(m.started, '{}'),
       coalesce(m.completed, '{}'),
       coalesce(m.scored, '{}'),
       coalesce(m.best_scores, '{}'),
       coalesce(f.codes_first_passed, 0) + coalesce(d.codes, 0),
       coalesce(f.phonetic_first_passed, 0) + coalesce(d.phonetic, 0),
       coalesce(f.protocol_first_passed, 0) + coalesce(d.protocol, 0),
       f.overall_score,
       f.recent_scores
  FROM aggregate_fact_pairs p
  LEFT JOIN quiz q ON q.user_id = p.student_id AND q.day = p.day
  LEFT JOIN modules m ON m.student_id = p.student_id AND m.day = p.day
  LEFT JOIN completions c ON c.user_id = p.student_id AND c.day = p.day
  LEFT JOIN voice v ON v.user_id = p.student_id AND v.day = p.day
  LEFT JOIN aggregate_fact_snapshots ps ON ps.student_id = p.student_id AND ps.day = p.day
  LEFT JOIN aggregate_fact_stored f ON f.student_id = p.student_id AND f.day = p.day
  LEFT JOIN aggregate_fact_pass_delta d ON d.student_id = p.student_id AND d.day = p.day
 WHERE q.user_id IS NOT NULL OR c.user_id IS NOT NULL OR v.user_id IS NOT NULL OR ps.student_id IS NOT NULL;

-- 5. Students whose day facts changed (a row that appears or vanishes counts), from the earliest
--    such day; and from which day their overall scores must be computed again (the scored sessions
--    of a day changed). Numeric sums are compared as text: 1.50 and 1.5 are equal numbers, but the
--    number of decimals of a sum decides the precision of the average computed from it, and the
--    full recomputation's sum has exactly the decimals of the sessions there are now.
INSERT INTO aggregate_fact_dirty (student_id, from_day, rescore_from)
SELECT p.student_id,
       min(p.day),
       min(p.day) FILTER (WHERE (coalesce(n.scored_sessions, 0), coalesce(n.scored_digest, 0))
                                IS DISTINCT FROM (coalesce(f.scored_sessions, 0), coalesce(f.scored_digest, 0)))
  FROM aggregate_fact_pairs p
  LEFT JOIN aggregate_fact_new n ON n.student_id = p.student_id AND n.day = p.day
  LEFT JOIN aggregate_fact_stored f ON f.student_id = p.student_id AND f.day = p.day
 WHERE (n.student_id IS NULL, n.quiz_sessions, n.quiz_completed, n.questions_answered, n.correct_answers,
        n.voice_accuracy_sum::text, n.voice_accuracy_count, n.sessions_completed, n.milliseconds, n.easy_completed,
        n.medium_completed, n.hard_completed, n.expert_completed, n.last_event_at, n.scored_sessions, n.scored_digest,
        n.snapshot, n.snapshot_minutes, n.module_ids, n.module_categories, n.module_started, n.module_completed,
        n.module_scored, n.module_best_scores, n.codes_first_passed, n.phonetic_first_passed, n.protocol_first_passed)
       IS DISTINCT FROM
       (f.student_id IS NULL, f.quiz_sessions, f.quiz_completed, f.questions_answered, f.correct_answers,
        f.voice_accuracy_sum::text, f.voice_accuracy_count, f.sessions_completed, f.milliseconds, f.easy_completed,
        f.medium_completed, f.hard_completed, f.expert_completed, f.last_event_at, f.scored_sessions, f.scored_digest,
        f.snapshot, f.snapshot_minutes, f.module_ids, f.module_categories, f.module_started, f.module_completed,
        f.module_scored, f.module_best_scores, f.codes_first_passed, f.phonetic_first_passed, f.protocol_first_passed)
 GROUP BY p.student_id
