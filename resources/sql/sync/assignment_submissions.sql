-- Cached relation assignment_submissions: the rows written since the cursor, and every row of the
-- students fetched whole. Row-level security keeps it to the submissions of the assignments the
-- person can read.
--
-- Every column but sync_xid, in the cache's encoding (sessions, a jsonb[], as a JSON array).
-- Bound values: $1 the cursor (xid8 as text, '0' for everything); $2 the ids of students to read
-- whole, as a text[] literal, or NULL.
SELECT s.id,
       s.assignment_id,
       s.student_id,
       CAST(s.status AS text) AS status,
       s.attempt_number,
       s.score,
       to_char(s.completed_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS completed_at,
       CAST(to_json(s.sessions) AS text) AS sessions,
       s.total_time,
       s.instructor_feedback,
       s.auto_feedback,
       to_char(s.started_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS started_at,
       to_char(s.submitted_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS submitted_at,
       to_char(s.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at,
       to_char(s.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS updated_at
  FROM assignment_submissions s
 WHERE s.sync_xid >= CAST($1 AS xid8)
    OR s.student_id = ANY (coalesce(CAST($2 AS text[]), CAST('{}' AS text[])))
 ORDER BY s.id
