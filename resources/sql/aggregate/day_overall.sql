-- The overall score as of the end of day D of every user with activity on D, shared by snapshots.sql and the facts of student_days*.sql in the transaction of the day.
--
-- $1 (date): the day D, or NULL (a rebuild: empty). Runs after day_sessions.sql.
-- The overall score is the average of the user's most recent overall_window_sessions scored
-- sessions up to the end of D: completed quiz sessions with a score (at completed_at) and voice
-- sessions with a score (at created_at); equal times are ordered by score (higher first), so that a
-- window cutting through a tie averages the same scores on every run; rounded to 2 decimals, NULL
-- without any (the snapshot writes 0, the facts keep NULL: "no scored session yet" is what
-- improvement_rate needs to know).
-- Incremental: the window as of the end of D is D's scored sessions, newest first, followed by the
-- window of the user's latest facts row before D (dashboard_student_days.recent_scores), cut to the
-- window's size. Every session of an earlier day is older than every session of D, so this is the
-- newest-first list of all of them, without reading any earlier session: one probe per user into
-- the facts instead of an index walk through their sessions (measured for the 46 000 users of a
-- day at 100 000 students: 4.0 s through an index-only walk, 1.6 s this way). It relies on the facts
-- of the days before D being current, as the refresh does (docs/risk.md: a day whose sessions
-- changed is aggregated again).
CREATE TEMPORARY TABLE IF NOT EXISTS aggregate_day_overall (
    user_id text PRIMARY KEY,
    recent_scores double precision[] NOT NULL,
    overall_score numeric
) ON COMMIT DROP;

INSERT INTO aggregate_day_overall (user_id, recent_scores, overall_score)
WITH window_size AS (
    SELECT st.value::integer AS sessions FROM dashboard_aggregation_settings st WHERE st.name = 'overall_window_sessions'
),
-- (with `aggregate --jobs N`, those of this transaction's partition only: 0023)
users AS (
    SELECT x.user_id
      FROM (SELECT q.user_id FROM aggregate_day_quiz q
            UNION
            SELECT c.user_id FROM aggregate_day_completed c
            UNION
            SELECT v.user_id FROM aggregate_day_voice v) x
     WHERE public.dashboard_aggregate_partition_has(x.user_id, $2, $3)
),
scored AS (
    SELECT e.user_id, array_agg(e.score ORDER BY e.at DESC, e.score DESC) AS scores
      FROM (SELECT c.user_id, c.completed_at AS at, c.score FROM aggregate_day_completed c WHERE c.score IS NOT NULL
            UNION ALL
            SELECT v.user_id, v.created_at, v.score FROM aggregate_day_voice v WHERE v.score IS NOT NULL) e
     GROUP BY e.user_id
),
windows AS (
    SELECT u.user_id,
           (coalesce(s.scores, '{}') || coalesce(p.recent_scores, '{}'))[1:(SELECT w.sessions FROM window_size w)] AS recent_scores
      FROM users u
      LEFT JOIN scored s ON s.user_id = u.user_id
      LEFT JOIN LATERAL (SELECT f.recent_scores
                           FROM dashboard_student_days f
                          WHERE f.student_id = u.user_id AND f.day < $1::date
                          ORDER BY f.student_id DESC, f.day DESC
                          LIMIT 1) p ON true
)
SELECT w.user_id, w.recent_scores, (SELECT round(avg(x::numeric), 2) FROM unnest(w.recent_scores) AS x)
  FROM windows w
 WHERE NOT EXISTS (SELECT 1 FROM aggregate_day_overall);

ANALYZE aggregate_day_overall
