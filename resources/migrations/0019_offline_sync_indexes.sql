-- migrate: no-transaction
-- The indexes on sync_xid (0018) of the seven existing synced tables, built CONCURRENTLY.
--
-- Every sync asks each table for `sync_xid >= cursor`; with these indexes a sync that finds no
-- change reads a few index pages per table instead of the whole table. progress_snapshots alone
-- holds millions of rows, and the aggregation, the student app's cascades and the desktops write
-- these tables all day, so the builds must not block writes (hence this file of its own, run
-- outside a transaction; an interrupted build is dropped and built again by the runner).
-- Rows that existed before 0018 all carry the same sync_xid, which B-tree deduplication stores
-- compactly.
-- Cost, for the record: sync_xid changes with every update, so updates of these tables are no
-- longer HOT (heap-only) updates, and each one also writes the table's other index entries.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "student_progress_sync_xid_idx" ON "student_progress" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "progress_snapshots_sync_xid_idx" ON "progress_snapshots" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "assignments_sync_xid_idx" ON "assignments" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "assignment_submissions_sync_xid_idx" ON "assignment_submissions" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "messages_sync_xid_idx" ON "messages" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "notifications_sync_xid_idx" ON "notifications" ("sync_xid");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "analytics_daily_sync_xid_idx" ON "analytics_daily" ("sync_xid");
