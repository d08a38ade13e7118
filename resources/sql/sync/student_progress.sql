-- Cached relation student_progress: the rows written since the cursor, and every row of the
-- students fetched whole. Row-level security keeps it to the person's students.
--
-- Every column but sync_xid, in the cache's encoding: timestamps as 'YYYY-MM-DDTHH:MM:SS.mmm'
-- (UTC), enums as text, booleans as 0/1, arrays as JSON text.
-- Every sync query is ordered by id, the order of the primary key: a first fill walks the key's
-- index (ids are time-ordered cuids, so that is nearly the table's physical order) instead of
-- sorting the whole result, and the first rows leave at once (365,000 snapshots of one instructor,
-- measured on a busy machine: 0.8 s on the server, 1.2 s with a sort).
-- Bound values: $1 the cursor (xid8 as text, '0' for everything); $2 the ids of students to read
-- whole, as a text[] literal, or NULL.
-- No index on sync_xid here (0025: it kept every nightly update from being a HOT update): the rows
-- come from dashboard_my_student_progress (0026), a plain instructor's own through the
-- instructor_id index, a wider scope's from the whole table, and are filtered by the cursor.
SELECT sp.id,
       sp.student_id,
       sp.instructor_id,
       sp.overall_score,
       sp.completion_rate,
       sp.current_streak,
       sp.longest_streak,
       sp.quiz_accuracy,
       sp.voice_accuracy,
       sp.codes_progress,
       sp.phonetic_progress,
       sp.protocol_progress,
       sp.total_time_spent,
       sp.average_session_time,
       to_char(sp.last_active_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS last_active_at,
       sp.improvement_rate,
       sp.consistency_score,
       CAST(sp.difficulty_level AS text) AS difficulty_level,
       sp.risk_score,
       CAST(to_json(sp.risk_factors) AS text) AS risk_factors,
       to_char(sp.last_risk_evaluation, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS last_risk_evaluation,
       sp.target_score,
       to_char(sp.target_date, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS target_date,
       CAST(sp.goal_achieved AS integer) AS goal_achieved,
       to_char(sp.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at,
       to_char(sp.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS updated_at,
       sp.student_name,
       sp.student_email,
       sp.department_name,
       sp.instructor_name,
       sp.open_assignments,
       sp.overdue_assignments
  FROM dashboard_my_student_progress sp
 WHERE sp.sync_xid >= CAST($1 AS xid8)
    OR sp.student_id = ANY (coalesce(CAST($2 AS text[]), CAST('{}' AS text[])))
 ORDER BY sp.id
