-- Cached relation messages: the rows written since the cursor. Row-level security keeps it to the
-- messages the person sent or received. Not keyed by student.
--
-- Every column but sync_xid, in the cache's encoding (jsonb and text[] as JSON text).
-- Bound values: $1 the cursor (xid8 as text, '0' for everything).
SELECT m.id,
       m.sender_id,
       m.subject,
       m.content,
       CAST(m.content_type AS text) AS content_type,
       CAST(m.category AS text) AS category,
       CAST(m.priority AS text) AS priority,
       CAST(m.recipients AS text) AS recipients,
       CAST(to_json(m.delivery_method) AS text) AS delivery_method,
       to_char(m.scheduled_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS scheduled_at,
       to_char(m.expires_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS expires_at,
       CAST(m.status AS text) AS status,
       CAST(m.read_receipts AS text) AS read_receipts,
       CAST(m.delivery_status AS text) AS delivery_status,
       m.parent_id,
       to_char(m.sent_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS sent_at,
       to_char(m.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at,
       to_char(m.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS updated_at
  FROM messages m
 WHERE m.sync_xid >= CAST($1 AS xid8)
 ORDER BY m.id
