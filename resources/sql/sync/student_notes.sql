-- Cached relation student_notes: the notes written since the cursor (withdrawn ones included:
-- deleted_at is how a withdrawal travels), and every note on the students fetched whole.
-- Row-level security keeps it to the notes on the person's students.
--
-- Every column but sync_xid, in the cache's encoding.
-- Bound values: $1 the cursor (xid8 as text, '0' for everything); $2 the ids of students to read
-- whole, as a text[] literal, or NULL.
SELECT n.id,
       n.student_id,
       n.author_id,
       n.body,
       CAST(n.flag AS text) AS flag,
       to_char(n.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at,
       to_char(n.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS updated_at,
       to_char(n.deleted_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS deleted_at
  FROM student_notes n
 WHERE n.sync_xid >= CAST($1 AS xid8)
    OR n.student_id = ANY (coalesce(CAST($2 AS text[]), CAST('{}' AS text[])))
 ORDER BY n.id
