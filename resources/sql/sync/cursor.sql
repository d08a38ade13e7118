-- The new change cursor: the first statement of a sync's REPEATABLE READ READ ONLY transaction.
--
-- xmin of the transaction's snapshot: every transaction this snapshot cannot see (still running,
-- or committed after it was taken) has an id >= xmin, so the next sync, which reads
-- sync_xid >= this value, finds everything they wrote. Text, as the client stores it.
-- No bound values.
SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS cursor
