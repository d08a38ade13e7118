-- The earliest day with activity before $1 (a quiz session started or completed, a voice session, a snapshot), or NULL: where the per-student facts of a run must start (0020).
--
-- $1 (date): the earliest day whose facts are computed already, or the first day of the run when
-- none is. `aggregate` computes the facts of every day from the result up to the day before its
-- first one that dashboard_fact_days does not list (models/aggregation/aggregator.cpp). A bound
-- known when the statement is planned, and plain and index-only scans off in its transaction: the
-- BRIN indexes of 0021 read the block ranges before the bound only (the first ranges of the tables;
-- on a database that was never aggregated, every range before the run's first day, once).
SELECT least((SELECT min(q.started_at) FROM quiz_sessions q WHERE q.started_at < $1::date),
             (SELECT min(q.completed_at) FROM quiz_sessions q WHERE q.completed_at < $1::date),
             (SELECT min(v.created_at) FROM voice_practice_sessions v WHERE v.created_at < $1::date),
             (SELECT min(ps.snapshot_date) FROM progress_snapshots ps WHERE ps.snapshot_date < $1::date))::date
