-- migrate: no-transaction
-- Indexes on the session tables' time columns, so that `aggregate` reads one day of sessions instead of whole tables, built CONCURRENTLY.
--
-- Every step of `aggregate` starts from the sessions of one UTC day: quiz sessions started on D
-- (snapshots, module_analytics, analytics_daily, the per-student facts of 0020), quiz sessions
-- completed on D (the facts: a completion is activity of its own day) and voice sessions created
-- on D. None of the existing indexes leads with those columns, so each of these reads was a scan
-- of the whole table (quiz_sessions: 2.7 GB at 100 000 students and 90 days) or of a whole index.
--
-- BRIN (block range) indexes, because the student app writes a session when it happens: rows
-- arrive in time order, so the timestamps follow the physical order of the table (correlation
-- 0.9999 measured on the demo data at full scale) and a BRIN index of a few hundred kilobytes
-- finds a day's blocks. Maintaining one costs next to nothing: an insert only widens the summary
-- of the last block range, and new ranges are summarized by (auto)vacuum. Rows written out of
-- order (an offline device syncing days later) only widen one block range; they are still found,
-- the range is just read for more days than it needs to be.
-- The aggregation's SQL reads these columns with half-open ranges on the plain UTC timestamps
-- (started_at >= D AND started_at < D + 1), which is what a BRIN index can answer.
--
-- Cost to the student app, for the record: on PostgreSQL 15 an UPDATE that changes a column of
-- any index is not a heap-only (HOT) update, so the UPDATE that completes a quiz session (sets
-- completed_at and score) now also writes entries into the table's B-tree indexes. That update
-- already grows the row (answers, score), so it rarely found room for a HOT update in its page.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_quiz_session_started_brin" ON "quiz_sessions" USING brin ("started_at");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_quiz_session_completed_brin" ON "quiz_sessions" USING brin ("completed_at");

CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_voice_practice_created_brin" ON "voice_practice_sessions" USING brin ("created_at");

-- Not built: a partial B-tree on quiz_sessions (user_id, completed_at DESC) INCLUDE (score) for the
-- overall score (the average of a student's most recent scored sessions). It made reading a
-- student's newest scored sessions an index-only walk (measured: 4.0 s for the 46 000 students of a
-- day at 100 000 students). But the aggregation no longer reads them per student: the facts of 0020
-- keep each student's window of recent scores, and a day's window is that day's scored sessions
-- followed by the previous one (1.6 s for the same day, without the index). What is left reads them only when a past day is aggregated again after its scores changed,
-- or after overall_window_sessions was changed; that does not justify one more index entry for the
-- student app to write at every completed quiz session.
