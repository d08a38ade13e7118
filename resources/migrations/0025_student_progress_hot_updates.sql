-- migrate: no-transaction
-- student_progress updated in place where it can be (HOT): its sync_xid index goes, its pages keep a tenth free.
--
-- `aggregate` rewrites every student_progress row each night. With 0019's index on sync_xid, which
-- every update changes, no update could be a heap-only (HOT) update: each new row version was
-- inserted into all twelve indexes. 63 % of a night's updates change no other indexed column
-- (measured at 100 000 students: 36 588 of 100 000 rows changed overall_score, risk_score,
-- last_active_at or completion_rate), so without that index they can stay on their page and touch
-- no index at all, when the page has room: fillfactor 90 keeps a tenth of each page free for them
-- (applies to pages written from now on; the nightly rewrite spreads it).
-- Measured on the nightly case at 100 000 students, 2 jobs: the refresh 4.1-4.6 s instead of
-- 4.7-5.3 s.
-- The sync no longer finds changed rows through that index: resources/sql/sync/student_progress.sql
-- reads an instructor's own rows through idx_student_progress_instructor (1000 rows, about 1 ms
-- with nothing changed, 4 ms after a night that changed all of them, against 54 ms before: the
-- index on sync_xid then matched all 100 000 rows); someone who sees a department or everything
-- reads the table (30-40 ms at 100 000 students).
DROP INDEX CONCURRENTLY IF EXISTS "student_progress_sync_xid_idx";

ALTER TABLE "student_progress" SET (fillfactor = 90);
