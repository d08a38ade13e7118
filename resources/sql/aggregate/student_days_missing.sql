-- The days before the first day of a run whose per-student facts (0020) are missing, oldest first: `aggregate` computes them before the run's own days.
--
-- $1 (date): the first day of the run. A day is missing when it is not in dashboard_fact_days and
-- lies between the earliest day with activity (a quiz session started or completed, a voice
-- session, a snapshot) and the day before $1. Days without any activity are listed too when they
-- fall in between: computing one costs next to nothing and records it as done.
-- Only activity before the earliest day already computed is looked for (the BRIN indexes of 0021
-- read the first block ranges only); on a database where no day was computed yet, that is every
-- day before $1, read once.
WITH known AS (
    SELECT min(d.day) AS first_day FROM dashboard_fact_days d
),
bound AS (
    SELECT coalesce(k.first_day, $1::date) AS day, k.first_day FROM known k
),
earliest AS (
    SELECT least((SELECT min(q.started_at) FROM quiz_sessions q WHERE q.started_at < b.day),
                 (SELECT min(q.completed_at) FROM quiz_sessions q WHERE q.completed_at < b.day),
                 (SELECT min(v.created_at) FROM voice_practice_sessions v WHERE v.created_at < b.day),
                 (SELECT min(ps.snapshot_date) FROM progress_snapshots ps WHERE ps.snapshot_date < b.day))::date AS day,
           b.first_day
      FROM bound b
)
SELECT g.day::date
  FROM earliest e
 CROSS JOIN LATERAL generate_series(least(e.day, e.first_day), $1::date - 1, interval '1 day') AS g(day)
 WHERE NOT EXISTS (SELECT 1 FROM dashboard_fact_days d WHERE d.day = g.day::date)
 ORDER BY 1
