-- Rows deleted since the cursor, for the client to delete from its copy: one row per table and
-- id. Row-level security shows a person the tombstones of rows they could see.
--
-- A tombstone whose id exists again and is visible (a row deleted and created anew with the same
-- id) is left out: that row is in the client's copy in its latest version, whatever order the
-- client applies rows and tombstones in.
-- Bound values: $1 the cursor (xid8 as text, '0' for everything).
SELECT t.table_name,
       t.row_id,
       to_char(max(t.deleted_at), 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS deleted_at
  FROM dashboard_sync_tombstones t
 WHERE t.sync_xid >= CAST($1 AS xid8)
   AND NOT CASE t.table_name
           WHEN 'student_progress' THEN EXISTS (SELECT 1 FROM student_progress x WHERE x.id = t.row_id)
           WHEN 'progress_snapshots' THEN EXISTS (SELECT 1 FROM progress_snapshots x WHERE x.id = t.row_id)
           WHEN 'assignments' THEN EXISTS (SELECT 1 FROM assignments x WHERE x.id = t.row_id)
           WHEN 'assignment_submissions' THEN EXISTS (SELECT 1 FROM assignment_submissions x WHERE x.id = t.row_id)
           WHEN 'messages' THEN EXISTS (SELECT 1 FROM messages x WHERE x.id = t.row_id)
           WHEN 'notifications' THEN EXISTS (SELECT 1 FROM notifications x WHERE x.id = t.row_id)
           WHEN 'analytics_daily' THEN EXISTS (SELECT 1 FROM analytics_daily x WHERE x.id = t.row_id)
           WHEN 'student_notes' THEN EXISTS (SELECT 1 FROM student_notes x WHERE x.id = t.row_id)
           ELSE false
           END
 GROUP BY t.table_name, t.row_id
 ORDER BY t.table_name, t.row_id
