-- migrate: no-transaction
-- An index on messages.parent_id, the referencing side of messages_parent_id_fkey.
--
-- Deleting a message (purge of expired messages, a sender deleting a draft) makes PostgreSQL
-- find its replies to set their parent_id to NULL (ON DELETE SET NULL). Without an index that
-- is a scan of the whole table per deleted row: a purge batch of 5000 among 200k messages took
-- 89 s holding its row locks, 81 ms with this index. The table may already be large when this
-- runs, so the index is built CONCURRENTLY.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_message_parent ON messages (parent_id);
