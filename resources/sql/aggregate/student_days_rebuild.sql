-- The per-student facts (0020) after an administrator changed pass_score or overall_window_sessions: what depends on them, for every row.
--
-- Runs after day_overall.sql and student_days.sql with no day ($1 NULL: they only create their
-- empty temporary tables) and before student_days_forward.sql, which computes the rows of every
-- student again from their first day: the modules passed so far always, the overall scores (from
-- the sessions) when overall_window_sessions changed. At full scale this takes as long as a first
-- run; it happens once per change.

-- 1. The first pass of every (student, module, category), under the current pass_score, from the
--    module arrays of all rows.
WITH settings AS (
    SELECT s.value AS pass_score FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'
)
UPDATE dashboard_student_modules m
   SET first_passed_on = r.first_passed_on
  FROM (SELECT f.student_id, u.module_id, u.category,
               min(f.day) FILTER (WHERE u.best_score >= st.pass_score) AS first_passed_on
          FROM dashboard_student_days f
         CROSS JOIN LATERAL unnest(f.module_ids, f.module_categories, f.module_best_scores) AS u(module_id, category, best_score)
         CROSS JOIN settings st
         GROUP BY f.student_id, u.module_id, u.category) r
 WHERE m.student_id = r.student_id AND m.module_id = r.module_id AND m.category = r.category
   AND m.first_passed_on IS DISTINCT FROM r.first_passed_on;

-- 2. The first passes per day that changed with it.
INSERT INTO aggregate_fact_pass_delta (student_id, day, codes, phonetic, protocol)
SELECT coalesce(n.student_id, f.student_id), coalesce(n.day, f.day),
       coalesce(n.codes, 0) - coalesce(f.codes_first_passed, 0),
       coalesce(n.phonetic, 0) - coalesce(f.phonetic_first_passed, 0),
       coalesce(n.protocol, 0) - coalesce(f.protocol_first_passed, 0)
  FROM (SELECT m.student_id, m.first_passed_on AS day,
               count(*) FILTER (WHERE m.category = 'CODES')::integer AS codes,
               count(*) FILTER (WHERE m.category = 'PHONETIC')::integer AS phonetic,
               count(*) FILTER (WHERE m.category = 'PROTOCOL')::integer AS protocol
          FROM dashboard_student_modules m
         WHERE m.first_passed_on IS NOT NULL
         GROUP BY m.student_id, m.first_passed_on) n
  FULL JOIN (SELECT f.student_id, f.day, f.codes_first_passed, f.phonetic_first_passed, f.protocol_first_passed
               FROM dashboard_student_days f
              WHERE f.codes_first_passed + f.phonetic_first_passed + f.protocol_first_passed > 0) f
         ON f.student_id = n.student_id AND f.day = n.day
 WHERE (coalesce(n.codes, 0), coalesce(n.phonetic, 0), coalesce(n.protocol, 0))
       IS DISTINCT FROM (coalesce(f.codes_first_passed, 0), coalesce(f.phonetic_first_passed, 0), coalesce(f.protocol_first_passed, 0));

ANALYZE aggregate_fact_pass_delta;

-- 3. Every student from their first row; the overall scores too when the window changed.
WITH settings AS (
    SELECT (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'overall_window_sessions') AS window_sessions
),
window_changed AS (
    SELECT EXISTS (SELECT 1 FROM dashboard_fact_days d CROSS JOIN settings st
                    WHERE d.overall_window_sessions IS DISTINCT FROM st.window_sessions) AS changed
)
INSERT INTO aggregate_fact_dirty (student_id, from_day, rescore_from)
SELECT f.student_id, min(f.day), CASE WHEN w.changed THEN min(f.day) END
  FROM dashboard_student_days f
 CROSS JOIN window_changed w
 GROUP BY f.student_id, w.changed;

-- 4. Every computed day now holds the current settings.
UPDATE dashboard_fact_days d
   SET pass_score = (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'),
       overall_window_sessions = (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'overall_window_sessions')
 WHERE (d.pass_score, d.overall_window_sessions) IS DISTINCT FROM
       ((SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'pass_score'),
        (SELECT s.value FROM dashboard_aggregation_settings s WHERE s.name = 'overall_window_sessions'))
