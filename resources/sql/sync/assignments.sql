-- Cached relation assignments: the rows written since the cursor. Row-level security keeps it to
-- the person's own assignments (a supervisor: those of their instructors). Not keyed by student.
--
-- Every column but sync_xid, in the cache's encoding (modules and tags as JSON arrays).
-- Bound values: $1 the cursor (xid8 as text, '0' for everything).
SELECT a.id,
       a.instructor_id,
       a.title,
       a.description,
       a.instructions,
       CAST(to_json(a.modules) AS text) AS modules,
       a.target_score,
       a.max_attempts,
       CAST(a.allow_retakes AS integer) AS allow_retakes,
       to_char(a.assigned_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS assigned_at,
       to_char(a.due_date, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS due_date,
       to_char(a.available_from, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS available_from,
       to_char(a.available_until, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS available_until,
       CAST(a.status AS text) AS status,
       CAST(a.priority AS text) AS priority,
       CAST(a.is_template AS integer) AS is_template,
       a.estimated_duration,
       CAST(to_json(a.tags) AS text) AS tags,
       a.category,
       to_char(a.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at,
       to_char(a.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS updated_at
  FROM assignments a
 WHERE a.sync_xid >= CAST($1 AS xid8)
 ORDER BY a.id
