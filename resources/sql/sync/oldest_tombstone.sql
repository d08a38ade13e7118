-- Tombstones are complete from this cursor on (0018): a client whose cursor is older may have
-- missed a deletion and reads the table whole. Text, comparable with a cursor as a number.
-- No bound values.
SELECT CAST(public.dashboard_sync_oldest_tombstone() AS text) AS oldest_tombstone
