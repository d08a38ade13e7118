-- Cached relation progress_snapshots: the rows written since the cursor, and every row of the
-- students fetched whole. Row-level security keeps it to the person's students.
--
-- Every column but sync_xid, in the cache's encoding (snapshot_date as 'YYYY-MM-DD'). The largest
-- relation: a first fill is about 365 rows per student. Ordered by id: see student_progress.sql.
-- Bound values: $1 the cursor (xid8 as text, '0' for everything); $2 the ids of students to read
-- whole, as a text[] literal, or NULL.
SELECT ps.id,
       ps.student_id,
       to_char(ps.snapshot_date, 'YYYY-MM-DD') AS snapshot_date,
       ps.sessions_completed,
       ps.total_time_spent,
       ps.questions_answered,
       ps.correct_answers,
       ps.daily_accuracy,
       ps.overall_score,
       ps.improvement_delta,
       ps.peak_activity_hour,
       ps.session_count,
       ps.avg_session_length
  FROM progress_snapshots ps
 WHERE ps.sync_xid >= CAST($1 AS xid8)
    OR ps.student_id = ANY (coalesce(CAST($2 AS text[]), CAST('{}' AS text[])))
 ORDER BY ps.id
