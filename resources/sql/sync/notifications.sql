-- Cached relation notifications: the rows written since the cursor. Row-level security keeps it
-- to the person's own notifications. Not keyed by student.
--
-- Every column but sync_xid, in the cache's encoding.
-- Bound values: $1 the cursor (xid8 as text, '0' for everything).
SELECT n.id,
       n.user_id,
       n.title,
       n.message,
       n.action_url,
       CAST(n.type AS text) AS type,
       n.category,
       CAST(n.priority AS text) AS priority,
       CAST(n.is_read AS integer) AS is_read,
       CAST(n.is_archived AS integer) AS is_archived,
       CAST(n.metadata AS text) AS metadata,
       to_char(n.expires_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS expires_at,
       to_char(n.read_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS read_at,
       to_char(n.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at
  FROM notifications n
 WHERE n.sync_xid >= CAST($1 AS xid8)
 ORDER BY n.id
